// The add-on's entry points: every export here becomes a top-level function in dist/Code.js.
import { buildMenu, openSidebar } from './menu';

/** Simple trigger; may run in AuthMode.NONE, so it only builds the menu. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

/** Runs once when the add-on is installed from the Marketplace; the menu must appear at once. */
export function onInstall(_e?: GoogleAppsScript.Events.AddonOnInstall): void {
  buildMenu();
}

export function showSidebar(): void {
  openSidebar();
}
