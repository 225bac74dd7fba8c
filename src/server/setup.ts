// "Set up class": creates missing tabs and columns and restores what a clean set-up leaves; a second run changes nothing.
import type { SetupReport } from '../shared/rpc';
import type { Cell } from '../core/cells';
import { mapColumns } from '../core/headers';
import { parseResources } from '../core/resources';
import { parseRoster } from '../core/students';
import { planSetup, type FoundHeaders, type TabPlan } from '../core/structure';
import { TABS, type TabKey } from '../core/schema';
import { dataWidth, type TabValues } from '../core/table';
import { withDocumentLock } from './document-lock';
import { openSpreadsheetContext, type SpreadsheetContext } from './spreadsheet-context';
import { assignMissingIds } from './row-ids';
import { setUpCardSummaryTab } from './card-summary';
import { setUpTab, type TabOutcome } from './setup-tab';
import { rememberTabIds, type TabIds } from './tab-ids';
import type { Sheet } from './tabs';
import { loadTabs, type LoadedTabs } from './workspace-loader';

/** The header row after set-up appended its columns: what the tab now maps to. */
function headerAfter(values: TabValues, plan: TabPlan): Cell[] {
  const header: Cell[] = [...values.header];
  plan.addColumns.forEach((spec, i) => (header[plan.firstNewColumn + i] = spec.header));
  return header;
}

/** Gives ids to the Students or Resources rows of an existing tab that lack one; 0 for the other tabs. */
function giveIds(context: SpreadsheetContext, sheet: Sheet, values: TabValues | undefined, plan: TabPlan): number {
  if (!values || values.rows.length === 0) return 0;
  const map = mapColumns(plan.spec, headerAfter(values, plan));
  if (plan.spec.key === 'students') return assignMissingIds(sheet, values, map, parseRoster(values.rows, map, context.dates).students, 'stu');
  if (plan.spec.key === 'resources') return assignMissingIds(sheet, values, map, parseResources(values.rows, map, context.dates).resources, 'res');
  return 0;
}

/** What to create and append, from each tab's header row and how far right its data reaches. */
function planFor(loaded: LoadedTabs): TabPlan[] {
  const headers = {} as FoundHeaders;
  const dataWidths: Partial<Record<TabKey, number>> = {};
  for (const { key } of TABS) {
    const values = loaded.values[key];
    headers[key] = values?.header ?? null;
    dataWidths[key] = values ? dataWidth(values) : 0;
  }
  return planSetup(headers, dataWidths);
}

/** Adds one tab's outcome to the report. */
function report(into: SetupReport, plan: TabPlan, outcome: TabOutcome): void {
  const { name } = plan.spec;
  if (plan.create) into.createdTabs.push(name);
  else into.addedColumns.push(...plan.addColumns.map((c) => ({ tab: name, column: c.header })));
  if (outcome.protectedAgain) into.protectedTabs!.push(name);
  if (outcome.repaired) into.repairedTabs!.push(name);
  if (!plan.create && plan.addColumns.length === 0 && !outcome.protectedAgain && !outcome.repaired) into.unchangedTabs.push(name);
}

/**
 * Runs set-up under the document lock: each existing tab read once (as every action reads its
 * tabs), each tab set up (setup-tab.ts), students and resources without an id given one, and each
 * tab's sheet id remembered so a renamed tab is found later. Every step first checks what is
 * there, so a run killed after any call is finished by the next: running it again gives exactly
 * the state one clean run gives.
 */
export function runSetup(): SetupReport {
  const context = openSpreadsheetContext();
  return withDocumentLock(() => {
    const loaded = loadTabs(context, TABS.map((t) => t.key));
    const result: SetupReport = { createdTabs: [], addedColumns: [], unchangedTabs: [], protectedTabs: [], repairedTabs: [], assignedStudentIds: 0, assignedResourceIds: 0 };
    const ids: TabIds = {};
    setUpCardSummaryTab(context.spreadsheet);
    for (const plan of planFor(loaded)) {
      const { key } = plan.spec;
      const outcome = setUpTab(context.spreadsheet, loaded.tabs[key], plan, loaded.values[key]);
      ids[key] = outcome.sheet.getSheetId();
      report(result, plan, outcome);
      const assigned = giveIds(context, outcome.sheet, loaded.values[key], plan);
      if (key === 'students') result.assignedStudentIds = assigned;
      if (key === 'resources') result.assignedResourceIds = assigned;
    }
    rememberTabIds(loaded.tabIds, ids);
    return result;
  });
}
