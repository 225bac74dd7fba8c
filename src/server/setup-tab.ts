// Set-up of one tab: created or found, missing headers appended, and every mark a clean set-up leaves restored.
import { mapColumns } from '../core/headers';
import { tabRepairs, type TabRepairs } from '../core/setup-marks';
import type { TabPlan } from '../core/structure';
import type { TabValues } from '../core/table';
import { prepareColumn } from './column-setup';
import { readSetupMarks } from './setup-marks';
import type { Sheet } from './tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

const PROTECTION_NOTE = 'Rapport keeps this log. Edit with care: Rapport adds rows here.';

export interface TabOutcome {
  sheet: Sheet;
  /** Existing columns that got back a format or rule, or a header row frozen again. */
  repaired: boolean;
  /** A log tab that had no protection, or one that was not warning-only, and now has it. */
  protectedAgain: boolean;
}

/** Appends the plan's headers after the teacher's last one, inserting sheet columns if the tab is too narrow. */
function addHeaders(sheet: Sheet, plan: TabPlan, maxRows: number): void {
  const count = plan.addColumns.length;
  const maxColumns = sheet.getMaxColumns();
  const short = plan.firstNewColumn + count - maxColumns;
  if (short > 0) sheet.insertColumnsAfter(maxColumns, short);
  const headerCells = sheet.getRange(1, plan.firstNewColumn + 1, 1, count);
  headerCells.setValues([plan.addColumns.map((c) => c.header)]);
  headerCells.setFontWeight('bold');
  plan.addColumns.forEach((spec, i) => prepareColumn(sheet, plan.firstNewColumn + i, spec, maxRows));
}

/**
 * Warning-only, with Rapport's note. The description is set before the warning-only flag, so a
 * protection that is warning-only was finished; one that is not (a run killed after protect(), or
 * a full protection, which would stop a co-teacher's check-ins) is finished now.
 */
function protectLog(sheet: Sheet, existing: Protection | null): void {
  (existing ?? sheet.protect()).setDescription(PROTECTION_NOTE).setWarningOnly(true);
}

/** What a new tab lacks: everything, and nothing to read to know it. */
const NEW_TAB: Omit<TabRepairs, 'protect'> = { columns: [], freeze: true };

/**
 * Sets up one tab so that, whatever an earlier run killed part-way left, the result is what a
 * clean set-up produces: the tab exists, missing headers are appended with their formats and
 * validation, existing Rapport columns get back a format or rule they lack (read on the first data
 * row), the header row is frozen, and a log tab's protection is warning-only.
 */
export function setUpTab(spreadsheet: Spreadsheet, located: Sheet | null | undefined, plan: TabPlan, values: TabValues | undefined): TabOutcome {
  const { spec } = plan;
  const sheet = located ?? spreadsheet.insertSheet(spec.name);
  const maxRows = sheet.getMaxRows();
  const read = plan.create ? null : readSetupMarks(sheet, spec, { width: values?.header.length ?? 0, maxRows }, { frozen: true });
  const repairs = read ? tabRepairs(spec, mapColumns(spec, values?.header ?? []), read.marks) : { ...NEW_TAB, protect: spec.warningProtection };
  if (plan.addColumns.length > 0) addHeaders(sheet, plan, maxRows);
  for (const repair of repairs.columns) prepareColumn(sheet, repair.column, repair.spec, maxRows, repair);
  if (repairs.freeze) sheet.setFrozenRows(1);
  if (repairs.protect) protectLog(sheet, read?.protection ?? null);
  return { sheet, repaired: !plan.create && (repairs.columns.length > 0 || repairs.freeze), protectedAgain: !plan.create && repairs.protect };
}
