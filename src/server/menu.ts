// The add-on menu and the sidebar: the only UI entry points, safe to build in AuthMode.NONE.

const SIDEBAR_FILE = 'Sidebar';
const SIDEBAR_TITLE = 'Rapport';

/**
 * Builds the Extensions → Rapport menu and does nothing else: onOpen may run in AuthMode.NONE,
 * where reading the document or properties throws.
 */
export function buildMenu(): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Open Rapport', 'showSidebar')
    .addItem('Set up class', 'setupClassFromMenu')
    .addToUi();
}

export function openSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}
