// Entry points over the settings store, bundled by test/server/settings-store.test.ts as the add-on is, until features call it.
import { SIDEBAR_SETTINGS, type SidebarSettings } from '../../../src/core/settings/sidebar-settings';
import { deleteChunkedValue, readChunkedValue, readSettings, saveChunkedValue, saveSettings } from '../../../src/server/settings-store';

export function readSidebarSettings() {
  const settings = readSettings();
  return { value: settings.get(SIDEBAR_SETTINGS), problems: settings.problems() };
}

export function saveSidebarSettings(patch: Partial<SidebarSettings>) {
  return saveSettings(SIDEBAR_SETTINGS, patch);
}

export function saveChunked(key: string, text: string) {
  return saveChunkedValue(key, text);
}

export function readChunked(key: string) {
  return readChunkedValue(key);
}

export function deleteChunked(key: string) {
  deleteChunkedValue(key);
}
