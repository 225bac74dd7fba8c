// What the spreadsheet lacks (tabs, required columns) and what set-up will add: nothing that exists is changed.
import type { Problem } from './vocabulary';
import { cellText, type Cell } from './cells';
import { mapColumns, missingColumnProblems } from './headers';
import { TABS, type ColumnSpec, type TabKey, type TabSpec } from './schema';

/** Each tab's header row as found, or null when the tab is missing. */
export type FoundHeaders = Record<TabKey, Cell[] | null>;

/** Missing tabs and missing required columns, each naming the tab (and column); tabs absent from `found` are not checked. */
export function structureProblems(found: Partial<FoundHeaders>): Problem[] {
  return TABS.flatMap((spec) => {
    const header = found[spec.key];
    if (header === undefined) return [];
    if (header === null) return [{ tab: spec.name, message: `The ${spec.name} tab is missing. Run "Set up class" to create it.` }];
    return missingColumnProblems(mapColumns(spec, header));
  });
}

export interface TabPlan {
  spec: TabSpec;
  create: boolean;
  /** Columns to append at the end of the header row (all of them for a new or empty tab). */
  addColumns: ColumnSpec[];
  /** 0-based column where the first added header goes: after the last header and the last column holding data. */
  firstNewColumn: number;
}

/**
 * The set-up plan: create missing tabs, append missing columns (required or not) after the
 * teacher's last header, or after the last column holding data (`dataWidths`, columns counted from
 * A) when that is further right, so that a column of the teacher's with no header is never
 * taken over, formatted or validated as one of Rapport's.
 */
export function planSetup(found: FoundHeaders, dataWidths: Partial<Record<TabKey, number>> = {}): TabPlan[] {
  return TABS.map((spec) => {
    const header = found[spec.key];
    if (header === null) return { spec, create: true, addColumns: [...spec.columns], firstNewColumn: 0 };
    const map = mapColumns(spec, header);
    const missing = new Set([...map.missingRequired, ...map.missingOptional]);
    let used = header.length;
    while (used > 0 && cellText(header[used - 1]) === '') used -= 1;
    return { spec, create: false, addColumns: spec.columns.filter((c) => missing.has(c)), firstNewColumn: Math.max(used, dataWidths[spec.key] ?? 0) };
  });
}
