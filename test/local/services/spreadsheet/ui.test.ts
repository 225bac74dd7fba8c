// Ui: menus, sidebar and dialogs, alerts and prompts, recorded for the CLI and local page; no Ui from triggers.
import { LocalRuntime } from '../../../../src/local/runtime/runtime';
import { createHtmlService } from '../../../../src/local/services/html-service';
import { ADDON_MENU_NAME } from '../../../../src/local/services/spreadsheet/ui';
import { thrownBy } from '../../helpers/service-context';
import { newSpreadsheetFixture } from '../../helpers/spreadsheet';

function htmlOf(fixture: ReturnType<typeof newSpreadsheetFixture>, html: string) {
  return (createHtmlService(fixture.ctx) as unknown as GoogleAppsScript.HTML.HtmlService).createHtmlOutput(html);
}

describe('menus', () => {
  it('records the add-on menu with its items and separators, replacing it when onOpen runs again', () => {
    const { app, ctx } = newSpreadsheetFixture();
    for (let open = 0; open < 2; open += 1) {
      app.getUi().createAddonMenu().addItem('Open Rapport', 'showSidebar').addSeparator().addItem('Set up class', 'setupClassFromMenu').addToUi();
    }
    expect(ctx.state.ui.menus).toEqual([
      {
        name: ADDON_MENU_NAME,
        items: [
          { caption: 'Open Rapport', functionName: 'showSidebar' },
          { caption: '', functionName: '' },
          { caption: 'Set up class', functionName: 'setupClassFromMenu' },
        ],
      },
    ]);
  });

  it('records a custom menu under its caption, with submenu items prefixed', () => {
    const { app, ctx } = newSpreadsheetFixture();
    const ui = app.getUi();
    ui.createMenu('Tools').addSubMenu(ui.createMenu('More').addItem('Export', 'exportAll')).addToUi();
    expect(ctx.state.ui.menus).toEqual([{ name: 'Tools', items: [{ caption: 'More › Export', functionName: 'exportAll' }] }]);
  });
});

describe('sidebar and dialogs', () => {
  it("records the sidebar's title, file and HTML, with the time it opened", () => {
    const fixture = newSpreadsheetFixture();
    const output = htmlOf(fixture, '<main>hello</main>').setTitle('Rapport');
    fixture.app.getUi().showSidebar(output);
    expect(fixture.ctx.state.ui.sidebar).toEqual({ title: 'Rapport', file: '', html: '<main>hello</main>', openedAt: fixture.ctx.state.clock.now });
  });

  it('records modal and modeless dialogs with their titles', () => {
    const fixture = newSpreadsheetFixture();
    fixture.app.getUi().showModalDialog(htmlOf(fixture, '<p>plan</p>'), 'Review the plan');
    expect(fixture.ctx.state.ui.dialog).toMatchObject({ title: 'Review the plan', html: '<p>plan</p>', modal: true });
    fixture.app.getUi().showModelessDialog(htmlOf(fixture, '<p>x</p>'), 'Note');
    expect(fixture.ctx.state.ui.dialog).toMatchObject({ title: 'Note', modal: false });
  });

  it('refuses to show a sidebar without full authorization, as from a simple-trigger onOpen', () => {
    const fixture = newSpreadsheetFixture({ authMode: 'LIMITED' });
    expect(thrownBy(() => fixture.app.getUi().showSidebar(htmlOf(fixture, 'x'))).message).toBe(
      'You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui',
    );
    expect(fixture.ctx.state.ui.sidebar).toBeNull();
  });

  it('refuses something that is not an HtmlOutput', () => {
    const { app } = newSpreadsheetFixture();
    expect(thrownBy(() => app.getUi().showSidebar('<p>x</p>' as never)).message).toBe(
      "The parameters (String) don't match the method signature for Ui.showSidebar.",
    );
  });
});

describe('alerts and prompts', () => {
  it('records an alert and answers OK, or YES for a yes/no question', () => {
    const { app, ctx } = newSpreadsheetFixture();
    const ui = app.getUi();
    expect(ui.alert('Set-up is done.')).toBe(ui.Button.OK);
    expect(ui.alert('Send now?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(ui.alert('Rapport', 'Sure?', ui.ButtonSet.OK_CANCEL)).toBe(ui.Button.OK);
    expect(ctx.state.ui.alerts.map(({ title, prompt }) => [title, prompt])).toEqual([
      ['', 'Set-up is done.'],
      ['', 'Send now?'],
      ['Rapport', 'Sure?'],
    ]);
  });

  it('answers a prompt with empty text and the first button', () => {
    const { app } = newSpreadsheetFixture();
    const response = app.getUi().prompt('Your name?');
    expect([response.getResponseText(), response.getSelectedButton()]).toEqual(['', 'OK']);
  });

  it('keeps only the most recent alerts', () => {
    const { app, ctx } = newSpreadsheetFixture();
    for (let i = 0; i < 120; i += 1) app.getUi().alert(`alert ${i}`);
    expect(ctx.state.ui.alerts).toHaveLength(100);
    expect(ctx.state.ui.alerts[99].prompt).toBe('alert 119');
  });
});

describe('Ui from a trigger', () => {
  it("throws 'Cannot call SpreadsheetApp.getUi() from this context.'", () => {
    const { app } = newSpreadsheetFixture({ entryPoint: 'trigger:onTick' });
    expect(thrownBy(() => app.getUi()).message).toBe('Cannot call SpreadsheetApp.getUi() from this context.');
  });
});

describe('the runtime wiring', () => {
  it('gives the bundle a SpreadsheetApp whose menu and sidebar land in the state', () => {
    const fixture = newSpreadsheetFixture();
    const runtime = new LocalRuntime(fixture.ctx.state);
    if (!runtime.entryPoints().includes('onOpen')) throw new Error('the bundle has no onOpen');
    expect(runtime.run('onOpen').record.outcome).toBe('ok');
    expect(fixture.ctx.state.ui.menus[0].name).toBe(ADDON_MENU_NAME);
  });

  it("opens the built Sidebar.html from the bundle's menu item", () => {
    const fixture = newSpreadsheetFixture();
    const runtime = new LocalRuntime(fixture.ctx.state);
    const menuItem = runOnOpenAndFindSidebarItem(runtime);
    expect(runtime.run(menuItem).record.outcome).toBe('ok');
    expect(fixture.ctx.state.ui.sidebar).toMatchObject({ file: 'Sidebar', title: 'Rapport' });
    expect(fixture.ctx.state.ui.sidebar?.html).toContain('<');
  });
});

/** The function behind the add-on menu's first item, which opens the sidebar. */
function runOnOpenAndFindSidebarItem(runtime: LocalRuntime): string {
  runtime.run('onOpen');
  return runtime.state.ui.menus[0].items[0].functionName;
}
