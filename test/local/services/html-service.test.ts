// HtmlService: outputs from the bundle folder's .html files (Apps Script's message for an unknown one) or strings.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalRuntime } from '../../../src/local/runtime/runtime';
import { emptyWorkspace } from '../../../src/local/runtime/state';
import { createHtmlService } from '../../../src/local/services/html-service';
import { TEST_NOW } from '../../helpers/runtime';
import { executionOn, thrownBy } from '../helpers/service-context';

function htmlServiceOver(files: Record<string, string>) {
  const bundleDir = mkdtempSync(join(tmpdir(), 'rapport-html-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(bundleDir, name, '..'), { recursive: true });
    writeFileSync(join(bundleDir, name), content);
  }
  const ctx = executionOn(new LocalRuntime(emptyWorkspace(TEST_NOW), { bundleDir }));
  return { ctx, HtmlService: createHtmlService(ctx) as unknown as GoogleAppsScript.HTML.HtmlService };
}

describe('createHtmlOutputFromFile', () => {
  it('reads <name>.html from the bundle folder, subfolders being part of the name', () => {
    const { HtmlService } = htmlServiceOver({ 'Sidebar.html': '<p>side</p>', 'dialogs/Help.html': '<p>help</p>' });
    expect(HtmlService.createHtmlOutputFromFile('Sidebar').getContent()).toBe('<p>side</p>');
    expect(HtmlService.createHtmlOutputFromFile('dialogs/Help').getContent()).toBe('<p>help</p>');
  });

  it("also accepts the name with its '.html'", () => {
    const { HtmlService } = htmlServiceOver({ 'Sidebar.html': '<p>side</p>' });
    expect(HtmlService.createHtmlOutputFromFile('Sidebar.html').getContent()).toBe('<p>side</p>');
  });

  it("throws Apps Script's message for a file that is not there, or outside the folder", () => {
    const { HtmlService } = htmlServiceOver({ 'Sidebar.html': 'x' });
    const error = thrownBy(() => HtmlService.createHtmlOutputFromFile('Index'));
    expect(error.name).toBe('Exception');
    expect(error.message).toBe('No HTML file named Index was found.');
    expect(thrownBy(() => HtmlService.createHtmlOutputFromFile('../etc/passwd')).message).toBe('No HTML file named ../etc/passwd was found.');
  });
});

describe('HtmlOutput', () => {
  it('keeps its title, size and content, and counts each call under HtmlService', () => {
    const { HtmlService, ctx } = htmlServiceOver({});
    const output = HtmlService.createHtmlOutput('<b>hi</b>').setTitle('Rapport').setWidth(300).setHeight(200).append('!');
    expect([output.getTitle(), output.getWidth(), output.getHeight(), output.getContent()]).toEqual(['Rapport', 300, 200, '<b>hi</b>!']);
    expect(ctx.exec.calls['HtmlService.setTitle']).toBe(1);
    expect(ctx.exec.calls['HtmlService.createHtmlOutput']).toBe(1);
  });

  it('starts with an empty title and unset size', () => {
    const { HtmlService } = htmlServiceOver({});
    const output = HtmlService.createHtmlOutput();
    expect([output.getTitle(), output.getWidth(), output.getHeight(), output.getContent()]).toEqual(['', 0, 0, '']);
  });
});
