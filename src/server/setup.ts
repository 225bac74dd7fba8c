// "Set up class": creates missing tabs and columns with formats, validation, frozen headers and log protection; changes nothing that exists.
import type { SetupReport } from '../shared/rpc';
import type { Cell } from '../core/cells';
import { mapColumns } from '../core/headers';
import { parseResources } from '../core/resources';
import { parseRoster } from '../core/students';
import { planSetup, type FoundHeaders, type TabPlan } from '../core/structure';
import { TABS, type TabKey } from '../core/schema';
import { dataWidth, type TabValues } from '../core/table';
import { prepareColumn } from './column-setup';
import { withDocumentLock } from './document-lock';
import { openSpreadsheetContext, type SpreadsheetContext } from './spreadsheet-context';
import { assignMissingIds } from './row-ids';
import { rememberedTabIds, rememberTabIds, type TabIds } from './tab-ids';
import { locateTabs, readTab, type Sheet } from './tabs';

const PROTECTION_NOTE = 'Rapport keeps this log. Edit with care: Rapport adds rows here.';

/** Appends the plan's headers after the teacher's last one, inserting sheet columns if the tab is too narrow. */
function addHeaders(sheet: Sheet, plan: TabPlan): void {
  const count = plan.addColumns.length;
  const maxColumns = sheet.getMaxColumns();
  const short = plan.firstNewColumn + count - maxColumns;
  if (short > 0) sheet.insertColumnsAfter(maxColumns, short);
  const headerCells = sheet.getRange(1, plan.firstNewColumn + 1, 1, count);
  headerCells.setValues([plan.addColumns.map((c) => c.header)]);
  headerCells.setFontWeight('bold');
  const maxRows = sheet.getMaxRows();
  plan.addColumns.forEach((spec, i) => prepareColumn(sheet, plan.firstNewColumn + i, spec, maxRows));
}

/** Adds the warning-only protection a log tab should have; false when it already has one. */
function protectIfNeeded(sheet: Sheet, created: boolean): boolean {
  if (!created && sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length > 0) return false;
  sheet.protect().setWarningOnly(true).setDescription(PROTECTION_NOTE);
  return true;
}

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

/**
 * Runs set-up under the document lock. Each existing tab is read once; missing tabs are created
 * with every header, a frozen header row, plain-text format on free-text columns, list, checkbox
 * and date validation, and (for Check-ins and Sent log) warning-only protection. On an existing tab
 * only the missing columns are appended, with their formats and validation, and a log tab's lost
 * protection is restored. Each tab's sheet id is remembered so a renamed tab is found later;
 * students and resources without an id get one. A second run changes nothing.
 */
export function runSetup(): SetupReport {
  const context = openSpreadsheetContext();
  return withDocumentLock(() => {
    const previousIds = rememberedTabIds();
    const located = locateTabs(context.spreadsheet, previousIds);
    const values: Partial<Record<TabKey, TabValues>> = {};
    const headers = {} as FoundHeaders;
    const dataWidths: Partial<Record<TabKey, number>> = {};
    for (const { key } of TABS) {
      const sheet = located[key];
      if (sheet) values[key] = readTab(sheet);
      headers[key] = values[key]?.header ?? null;
      dataWidths[key] = values[key] ? dataWidth(values[key]) : 0;
    }
    const report: SetupReport = { createdTabs: [], addedColumns: [], unchangedTabs: [], protectedTabs: [], assignedStudentIds: 0, assignedResourceIds: 0 };
    const ids: TabIds = {};
    for (const plan of planSetup(headers, dataWidths)) {
      const { spec } = plan;
      const sheet = located[spec.key] ?? context.spreadsheet.insertSheet(spec.name);
      ids[spec.key] = sheet.getSheetId();
      if (plan.addColumns.length > 0) addHeaders(sheet, plan);
      const emptyBefore = plan.addColumns.length === spec.columns.length && plan.firstNewColumn === 0;
      if (plan.create || emptyBefore) sheet.setFrozenRows(1);
      const protectedNow = spec.warningProtection && protectIfNeeded(sheet, plan.create);
      if (plan.create) report.createdTabs.push(spec.name);
      else report.addedColumns.push(...plan.addColumns.map((c) => ({ tab: spec.name, column: c.header })));
      if (protectedNow && !plan.create) report.protectedTabs!.push(spec.name);
      if (!plan.create && plan.addColumns.length === 0 && !protectedNow) report.unchangedTabs.push(spec.name);
      const assigned = giveIds(context, sheet, values[spec.key], plan);
      if (spec.key === 'students') report.assignedStudentIds = assigned;
      if (spec.key === 'resources') report.assignedResourceIds = assigned;
    }
    rememberTabIds(previousIds, ids);
    return report;
  });
}
