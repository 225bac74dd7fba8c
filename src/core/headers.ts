// Finds Rapport's columns by header text, wherever the teacher moved them and however they spaced or cased them.
import type { Problem } from './vocabulary';
import type { ColumnSpec, TabSpec } from './schema';

/**
 * Headers match case-insensitively and ignoring spaces, hyphens and underscores, so "follow up
 * date", "FollowUp Date" and "Follow-up date" are one column.
 */
export function normalizeHeader(text: unknown): string {
  return String(text ?? '')
    .toLowerCase()
    .replace(/[\s\-_]+/g, '');
}

/** 'A' for column 0, 'Z' for 25, 'AA' for 26: how the teacher sees the column. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export interface ColumnMap {
  tab: TabSpec;
  /** 0-based index of each column Rapport found, by column key. */
  index: Record<string, number>;
  /** Width of the header row as read (the teacher's extra columns included). */
  width: number;
  missingRequired: ColumnSpec[];
  missingOptional: ColumnSpec[];
  /** A header that appears twice: Rapport uses the first, and says so. */
  duplicates: Problem[];
}

/** Maps a tab's header row to Rapport's columns; extra columns are ignored, missing ones listed. */
export function mapColumns(tab: TabSpec, headerRow: readonly unknown[]): ColumnMap {
  const byHeader = new Map<string, number>();
  const duplicates: Problem[] = [];
  headerRow.forEach((cell, i) => {
    const key = normalizeHeader(cell);
    if (!key) return;
    const first = byHeader.get(key);
    if (first === undefined) byHeader.set(key, i);
    else if (tab.columns.some((c) => normalizeHeader(c.header) === key)) {
      duplicates.push({
        tab: tab.name,
        row: 1,
        column: String(cell),
        message: `${tab.name} has two "${String(cell).trim()}" columns (${columnLetter(first)} and ${columnLetter(i)}); Rapport uses column ${columnLetter(first)}.`,
      });
    }
  });
  const index: Record<string, number> = {};
  const missingRequired: ColumnSpec[] = [];
  const missingOptional: ColumnSpec[] = [];
  for (const spec of tab.columns) {
    const found = byHeader.get(normalizeHeader(spec.header));
    if (found !== undefined) index[spec.key] = found;
    else (spec.required ? missingRequired : missingOptional).push(spec);
  }
  return { tab, index, width: headerRow.length, missingRequired, missingOptional, duplicates };
}

/** One Problem per missing required column, naming the tab and the column, with both ways to fix it (a renamed header would otherwise leave its data behind a new empty column). */
export function missingColumnProblems(map: ColumnMap): Problem[] {
  return map.missingRequired.map((spec) => ({
    tab: map.tab.name,
    column: spec.header,
    message: `The ${map.tab.name} tab has no "${spec.header}" column. If you renamed it, change its header back to "${spec.header}"; otherwise run "Set up class" to add it.`,
  }));
}
