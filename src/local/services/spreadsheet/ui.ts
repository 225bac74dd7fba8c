// SpreadsheetApp.getUi(): menus, sidebar, dialogs and alerts, recorded in ctx.state.ui for the CLI and the local page.
import { appsScriptError } from '../../runtime/errors';
import type { UiState } from '../../runtime/state';
import { LocalHtmlOutput } from '../html-service';
import { Button, ButtonSet } from './enums';
import type { Gate } from './gate';
import { noPermission, signatureMismatch } from './messages';
import { SCOPE } from '../../runtime/scopes';

/**
 * The name an add-on menu is recorded under. In Sheets it appears as Extensions → <add-on name>,
 * the name from the Marketplace listing, which the manifest does not carry.
 */
export const ADDON_MENU_NAME = 'Rapport';

/** Alerts and toasts kept in the state: the most recent ones, so a long-lived workspace stays small. */
const UI_HISTORY_CAP = 100;

export function pushCapped<T>(list: T[], item: T): void {
  list.push(item);
  if (list.length > UI_HISTORY_CAP) list.splice(0, list.length - UI_HISTORY_CAP);
}

/** Models Menu: items are collected, then addToUi records the menu, replacing one of the same name. */
export class LocalMenu {
  private readonly items: UiState['menus'][number]['items'] = [];

  constructor(
    private readonly gate: Gate,
    private readonly name: string,
  ) {}

  addItem(caption: string, functionName: string): this {
    this.gate.call('addItem');
    this.items.push({ caption: String(caption), functionName: String(functionName) });
    return this;
  }

  addSeparator(): this {
    this.gate.call('addSeparator');
    this.items.push({ caption: '', functionName: '' });
    return this;
  }

  /** Submenu items are recorded flat, their captions prefixed with the submenu's name. */
  addSubMenu(menu: LocalMenu): this {
    this.gate.call('addSubMenu');
    for (const item of menu.items) this.items.push(item.caption ? { ...item, caption: `${menu.name} › ${item.caption}` } : item);
    return this;
  }

  addToUi(): void {
    this.gate.call('addToUi');
    const menus = this.gate.ctx.state.ui.menus;
    const entry = { name: this.name, items: [...this.items] };
    const index = menus.findIndex((menu) => menu.name === this.name);
    if (index >= 0) menus[index] = entry;
    else menus.push(entry);
  }
}

/** The button a person would press first: OK for OK sets, YES for YES sets — a local choice [U]. */
function firstButton(buttons: string): string {
  return buttons === ButtonSet.YES_NO || buttons === ButtonSet.YES_NO_CANCEL ? Button.YES : Button.OK;
}

/**
 * Models Ui. Nobody is at the keyboard locally, so alert records the message and returns the
 * first button of its set (Button.OK for the default OK set), and prompt answers '' with that
 * button [U]. Showing a sidebar or dialog needs full authorization: from onOpen in AuthMode.NONE
 * or LIMITED it throws Apps Script's permission message (oshliaer/google-apps-script-snippets#18) [C].
 */
export class LocalUi {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(private readonly gate: Gate) {}

  createAddonMenu(): LocalMenu {
    this.gate.call('createAddonMenu');
    return new LocalMenu(this.gate, ADDON_MENU_NAME);
  }

  createMenu(caption: string): LocalMenu {
    this.gate.call('createMenu');
    return new LocalMenu(this.gate, String(caption));
  }

  /** alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons). */
  alert(...args: string[]): string {
    this.gate.call('alert');
    return this.recordDialog(args);
  }

  /** prompt(prompt), prompt(prompt, buttons) or prompt(title, prompt, buttons): answers '' [U]. */
  prompt(...args: string[]): { getResponseText(): string; getSelectedButton(): string } {
    this.gate.call('prompt');
    const button = this.recordDialog(args);
    return { getResponseText: () => '', getSelectedButton: () => button };
  }

  private recordDialog(args: string[]): string {
    const [title, prompt, buttons] = args.length >= 3 ? args : ['', args[0], args[1]];
    pushCapped(this.gate.ctx.state.ui.alerts, { title: String(title ?? ''), prompt: String(prompt ?? ''), at: this.gate.now });
    return firstButton(buttons ?? ButtonSet.OK);
  }

  /** Records the sidebar's title, source file and HTML, as the local page shows it. */
  showSidebar(userInterface: LocalHtmlOutput): void {
    this.gate.call('showSidebar');
    const shown = this.shown(userInterface, 'Ui.showSidebar');
    this.gate.ctx.state.ui.sidebar = { ...shown, openedAt: this.gate.now };
  }

  showModalDialog(userInterface: LocalHtmlOutput, title: string): void {
    this.gate.call('showModalDialog');
    this.recordShownDialog(this.shown(userInterface, 'Ui.showModalDialog'), title, true);
  }

  showModelessDialog(userInterface: LocalHtmlOutput, title: string): void {
    this.gate.call('showModelessDialog');
    this.recordShownDialog(this.shown(userInterface, 'Ui.showModelessDialog'), title, false);
  }

  private recordShownDialog(shown: { file: string; html: string }, title: string, modal: boolean): void {
    this.gate.ctx.state.ui.dialog = { title: String(title), file: shown.file, html: shown.html, modal, openedAt: this.gate.now };
  }

  private shown(userInterface: LocalHtmlOutput, method: string): { title: string; file: string; html: string } {
    if (this.gate.ctx.authMode !== 'FULL') throw appsScriptError(noPermission(method, SCOPE.containerUi));
    if (!(userInterface instanceof LocalHtmlOutput)) throw appsScriptError(signatureMismatch(userInterface, method));
    return userInterface.snapshot();
  }
}
