// Sorts server and client problems onto the form fields they concern, and says where each one is.
import type { Problem } from '../../shared/rpc';

/** Form field keys, each with the column names (normalized) that may refer to it. */
export type FieldAliases<K extends string> = Record<K, readonly string[]>;

export interface SortedProblems<K extends string> {
  byField: Partial<Record<K, string[]>>;
  /** Problems that name no field of the form: shown above it. */
  general: string[];
}

/** 'Follow-up date' → 'followupdate': the server may name a column by header or by field key. */
export function normalizeColumn(column: string): string {
  return column.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function sortProblems<K extends string>(problems: readonly Problem[], fields: FieldAliases<K>): SortedProblems<K> {
  const sorted: SortedProblems<K> = { byField: {}, general: [] };
  for (const problem of problems) {
    const field = problem.column === undefined ? undefined : fieldOf(normalizeColumn(problem.column), fields);
    if (field === undefined) sorted.general.push(problem.message);
    else (sorted.byField[field] ??= []).push(problem.message);
  }
  return sorted;
}

function fieldOf<K extends string>(column: string, fields: FieldAliases<K>): K | undefined {
  return (Object.keys(fields) as K[]).find((key) => normalizeColumn(key) === column || fields[key].includes(column));
}

/** "Students tab, row 7, column Email": where a teacher should look; '' when the problem names no place. */
export function problemPlace(problem: Problem): string {
  const parts: string[] = [];
  if (problem.tab) parts.push(`${problem.tab} tab`);
  if (problem.row !== undefined) parts.push(`row ${problem.row}`);
  if (problem.column) parts.push(`column ${problem.column}`);
  return parts.join(', ');
}

/** The place, unless the message already names its tab and column (the server's messages usually do). */
export function placeUnlessSaid(problem: Problem): string {
  const said = [problem.tab, problem.column].every((name) => !name || problem.message.includes(name));
  return said && problem.row === undefined ? '' : problemPlace(problem);
}

/** How many distinct rows the problems touch: row 7 of Students and row 7 of Check-ins are two (a problem with no row counts on its own). */
export function rowsNeedingAttention(problems: readonly Problem[]): number {
  const rows = new Set<string>();
  let unplaced = 0;
  for (const problem of problems) {
    if (problem.row === undefined) unplaced++;
    else rows.add(`${problem.tab ?? ''}\u0000${problem.row}`);
  }
  return rows.size + unplaced;
}
