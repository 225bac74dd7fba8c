// What set-up leaves on a tab (column formats and validation, a frozen header, a log's warning-only protection), and what a tab lacks.
import type { Problem } from './vocabulary';
import type { ColumnMap } from './headers';
import type { ColumnKind, ColumnSpec, TabSpec } from './schema';

/** '@' keeps student text exactly as written: no formulas, no numbers or dates guessed from text (APPS_SCRIPT_FACTS.md). */
export const PLAIN_TEXT = '@';
const DATE_FORMAT = 'yyyy-mm-dd';
const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm';

/** The number format set-up gives a column of this kind; null for checkboxes, which keep the default. */
export function formatFor(kind: ColumnKind): string | null {
  if (kind === 'text' || kind === 'list') return PLAIN_TEXT;
  if (kind === 'date') return DATE_FORMAT;
  if (kind === 'datetime') return DATETIME_FORMAT;
  return null;
}

/** Whether set-up puts a validation rule (list, checkbox, date) on a column of this kind. */
export function isValidated(kind: ColumnKind): boolean {
  return kind !== 'text';
}

/**
 * A tab's set-up marks as read from the sheet. Formats and validation are read on the first data
 * row: set-up formats each column from that row down with one call, so a column either has its
 * mark there or never got it. `frozenRows` and `protection` are null when not read.
 */
export interface SetupMarks {
  /** Number format of each column's first data cell, by 0-based column; null when the sheet has no data row to format. */
  formats: readonly string[] | null;
  /** Whether each column's first data cell has a validation rule; null with `formats`. */
  validated: readonly boolean[] | null;
  frozenRows: number | null;
  /** The sheet protection of a log tab: missing, or whether it is warning-only. */
  protection: 'none' | 'warning-only' | 'full' | null;
}

export interface ColumnRepair {
  spec: ColumnSpec;
  /** 0-based column. */
  column: number;
  format: boolean;
  validation: boolean;
}

export interface TabRepairs {
  columns: ColumnRepair[];
  freeze: boolean;
  /** True when a log tab has no protection or one that is not warning-only. */
  protect: boolean;
}

/** What the tab's existing Rapport columns and the tab itself lack of what a clean set-up leaves. */
export function tabRepairs(spec: TabSpec, map: ColumnMap, marks: SetupMarks): TabRepairs {
  const { formats, validated } = marks;
  const columns = spec.columns.flatMap((column): ColumnRepair[] => {
    const index = map.index[column.key];
    if (index === undefined || !formats || !validated) return [];
    const expected = formatFor(column.kind);
    const format = expected !== null && formats[index] !== expected;
    const validation = isValidated(column.kind) && validated[index] !== true;
    return format || validation ? [{ spec: column, column: index, format, validation }] : [];
  });
  const protect = spec.warningProtection && marks.protection !== null && marks.protection !== 'warning-only';
  return { columns, freeze: marks.frozenRows === 0, protect };
}

function quoted(headers: readonly string[]): string {
  return headers.map((header) => `"${header}"`).join(', ');
}

/**
 * The sidebar's notice of a tab a set-up left half done (or the teacher's edits undid): columns
 * without their plain-text or date format, or their list, checkbox or date rule, and a log tab
 * without its warning-only protection. Each names the tab; set-up restores them.
 */
export function setupMarkProblems(spec: TabSpec, repairs: TabRepairs): Problem[] {
  const problems: Problem[] = [];
  const unformatted = repairs.columns.filter((c) => c.format).map((c) => c.spec.header);
  const unvalidated = repairs.columns.filter((c) => c.validation).map((c) => c.spec.header);
  if (unformatted.length > 0) {
    problems.push({ tab: spec.name, message: `The ${spec.name} tab is missing the formats of ${quoted(unformatted)}, so typed text may turn into formulas or numbers. Run "Set up class" to restore them.` });
  }
  if (unvalidated.length > 0) {
    problems.push({ tab: spec.name, message: `The ${spec.name} tab is missing the checks (lists, checkboxes, dates) of ${quoted(unvalidated)}. Run "Set up class" to restore them.` });
  }
  if (repairs.protect) {
    problems.push({ tab: spec.name, message: `The ${spec.name} tab is missing its warning-only protection. Run "Set up class" to restore it.` });
  }
  return problems;
}
