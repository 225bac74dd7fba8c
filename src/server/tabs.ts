// Finds Rapport's tabs (by remembered sheet id, then by name) and reads each with a single getValues call.
import type { Cell } from '../core/cells';
import { TABS, tabSpec, type TabKey } from '../core/schema';
import { splitValues, type TabValues } from '../core/table';
import type { TabIds } from './tab-ids';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type LocatedTabs = Record<TabKey, Sheet | null>;

/**
 * Each tab by the sheet id remembered at set-up, so a renamed tab is still found; failing that,
 * by its name (a tab made by hand, or before set-up ran). Null when neither finds it.
 */
export function locateTab(spreadsheet: Spreadsheet, key: TabKey, ids: TabIds): Sheet | null {
  const id = ids[key];
  const byId = typeof id === 'number' ? spreadsheet.getSheetById(id) : null;
  if (byId) return byId;
  return spreadsheet.getSheetByName(tabSpec(key).name);
}

export function locateTabs(spreadsheet: Spreadsheet, ids: TabIds, keys: readonly TabKey[] = TABS.map((t) => t.key)): Partial<LocatedTabs> {
  const tabs: Partial<LocatedTabs> = {};
  for (const key of keys) tabs[key] = locateTab(spreadsheet, key, ids);
  return tabs;
}

/** The whole tab in one read: header row and data rows (an empty tab reads as one blank header cell). */
export function readTab(sheet: Sheet): TabValues {
  return splitValues(sheet.getDataRange().getValues() as Cell[][]);
}
