// Reads what set-up left on a tab (first-row formats and validation, frozen rows, a log tab's protection) and what the sidebar should flag.
import type { Problem } from '../shared/rpc';
import { mapColumns } from '../core/headers';
import { setupMarkProblems, tabRepairs, type SetupMarks } from '../core/setup-marks';
import { TABS, type TabSpec } from '../core/schema';
import { FIRST_DATA_ROW } from '../core/table';
import type { Sheet } from './tabs';
import type { LoadedTabs } from './workspace-loader';

export interface ReadMarks {
  marks: SetupMarks;
  /** The log tab's sheet protection, to make warning-only again if it is not. */
  protection: GoogleAppsScript.Spreadsheet.Protection | null;
}

/**
 * Two reads cover every column (one of formats, one of validations, on the first data row), one
 * more finds a log tab's protection; `frozen` adds the frozen-row count, which only set-up needs.
 * A tab with no data row (or no header) has nothing to format: its formats read as null.
 */
export function readSetupMarks(sheet: Sheet, spec: TabSpec, size: { width: number; maxRows: number }, options: { frozen: boolean }): ReadMarks {
  const { width } = size;
  const hasRow = width > 0 && size.maxRows >= FIRST_DATA_ROW;
  const range = hasRow ? sheet.getRange(FIRST_DATA_ROW, 1, 1, width) : null;
  const formats = range ? range.getNumberFormats()[0] : null;
  const validated = range ? range.getDataValidations()[0].map((rule) => rule !== null) : null;
  const protection = spec.warningProtection ? (sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0] ?? null) : null;
  const protectionMark = !spec.warningProtection ? null : !protection ? 'none' : protection.isWarningOnly() ? 'warning-only' : 'full';
  return {
    marks: { formats, validated, frozenRows: options.frozen ? sheet.getFrozenRows() : null, protection: protectionMark },
    protection,
  };
}

/** Each loaded tab's missing formats, validation and protection, as the sidebar lists them (frozen rows are not read: looks only). */
export function setupMarkProblemsOf(loaded: Pick<LoadedTabs, 'tabs' | 'values'>): Problem[] {
  return TABS.flatMap((spec) => {
    const sheet = loaded.tabs[spec.key];
    const header = loaded.values[spec.key]?.header;
    if (!sheet || !header) return [];
    const { marks } = readSetupMarks(sheet, spec, { width: header.length, maxRows: sheet.getMaxRows() }, { frozen: false });
    return setupMarkProblems(spec, tabRepairs(spec, mapColumns(spec, header), marks));
  });
}
