// A Students row being changed by the survey: its cells by column key, which ones changed, and its survey record.
import { cellText, safeCellText, type Cell } from '../cells';
import type { ColumnMap } from '../headers';
import { cellOf } from '../table';
import { formatRecord, parseRecord, type SurveyRecord } from './record';

export interface EditableRow {
  /** The sheet row, or null for a row to append. */
  row: number | null;
  cells: Cell[];
  /** 0-based columns whose value changed. */
  changed: Set<number>;
  record: SurveyRecord;
}

/** The new values of an existing row's changed cells (0-based column → value), to write in one batch. */
export interface RowChange {
  row: number;
  cells: Record<number, Cell>;
}

export function editableRow(map: ColumnMap, cells: readonly Cell[], row: number | null): EditableRow {
  const copy = [...cells];
  while (copy.length < map.width) copy.push('');
  return { row, cells: copy, changed: new Set(), record: parseRecord(cellText(cellOf(map, copy, 'surveyRecord'))) };
}

export function textAt(map: ColumnMap, edit: EditableRow, key: string): string {
  return cellText(cellOf(map, edit.cells, key));
}

/** Sets a cell by column key; text is stored so that it stays text (never a formula). A missing column is skipped. */
export function setCell(map: ColumnMap, edit: EditableRow, key: string, value: Cell): void {
  const index = map.index[key];
  if (index === undefined) return;
  edit.cells[index] = typeof value === 'string' ? safeCellText(value) : value;
  edit.changed.add(index);
}

/** Writes the record back into its cell when it changed; true when the row has anything to write. */
export function sealRow(map: ColumnMap, edit: EditableRow): boolean {
  const text = formatRecord(edit.record);
  if (text !== textAt(map, edit, 'surveyRecord')) setCell(map, edit, 'surveyRecord', text);
  return edit.changed.size > 0;
}

export function rowChange(edit: EditableRow & { row: number }): RowChange {
  return { row: edit.row, cells: Object.fromEntries([...edit.changed].map((i) => [i, edit.cells[i]])) };
}

export function displayName(map: ColumnMap, edit: EditableRow): string {
  return [textAt(map, edit, 'firstName'), textAt(map, edit, 'lastName')].filter(Boolean).join(' ') || textAt(map, edit, 'email');
}
