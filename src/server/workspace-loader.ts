// Loads what an action needs: its tabs located and each read once, the structure checked, the workspace parsed.
import type { Problem } from '../shared/rpc';
import type { TabKey } from '../core/schema';
import { structureProblems, type FoundHeaders } from '../core/structure';
import type { TabValues } from '../core/table';
import { parseWorkspace, type Workspace } from '../core/workspace';
import type { SpreadsheetContext } from './spreadsheet-context';
import { rememberedTabIds, type TabIds } from './tab-ids';
import { locateTabs, readTab, type LocatedTabs } from './tabs';

/** The tabs the sidebar's workspace is built from. */
export const WORKSPACE_TABS: readonly TabKey[] = ['students', 'checkIns', 'sentLog'];

export interface LoadedTabs {
  tabs: Partial<LocatedTabs>;
  values: Partial<Record<TabKey, TabValues>>;
  /** The sheet ids remembered at set-up, as the tabs were located by. */
  tabIds: TabIds;
  /** Missing tabs or required columns among those loaded; when any, nothing may be written. */
  structureProblems: Problem[];
}

/**
 * Locates and reads each tab with one getValues; a missing tab is a structure problem, not an
 * error. Tabs `already` loaded are not read again (the card reads Students first, the logs only
 * when its summary cannot answer).
 */
export function loadTabs(context: SpreadsheetContext, keys: readonly TabKey[], already?: LoadedTabs): LoadedTabs {
  const tabIds = already?.tabIds ?? rememberedTabIds();
  const fresh = keys.filter((key) => !already?.values[key]);
  const tabs: Partial<LocatedTabs> = { ...already?.tabs, ...locateTabs(context.spreadsheet, tabIds, fresh) };
  const values: Partial<Record<TabKey, TabValues>> = { ...already?.values };
  for (const key of fresh) {
    const sheet = tabs[key];
    if (sheet) values[key] = readTab(sheet);
  }
  const headers: Partial<FoundHeaders> = {};
  for (const key of keys) headers[key] = values[key]?.header ?? null;
  return { tabs, values, tabIds, structureProblems: structureProblems(headers) };
}

export interface LoadedWorkspace extends LoadedTabs {
  /** Null when the structure is incomplete. */
  workspace: Workspace | null;
}

/**
 * Loads `keys` (the workspace's three tabs, and Resources if its problems should show; the card
 * may load Students alone) and parses the workspace if the structure allows.
 */
export function loadWorkspace(context: SpreadsheetContext, keys: readonly TabKey[] = WORKSPACE_TABS, already?: LoadedTabs): LoadedWorkspace {
  const loaded = loadTabs(context, keys, already);
  const { students, checkIns, sentLog, resources } = loaded.values;
  const complete = loaded.structureProblems.length === 0 && students && (checkIns || !keys.includes('checkIns')) && (sentLog || !keys.includes('sentLog'));
  const workspace = complete ? parseWorkspace({ students, checkIns, sentLog, resources }, context.dates) : null;
  return { ...loaded, workspace };
}
