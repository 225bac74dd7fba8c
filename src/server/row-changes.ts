// Writes changed cells of existing rows: one setValues per run of adjacent rows, the untouched cells written back as they were.
import { rewrittenCell, type Cell } from '../core/cells';
import { FIRST_DATA_ROW, type TabValues } from '../core/table';
import type { RowChange } from '../core/survey/row-edit';
import type { Sheet } from './tabs';

/** Groups changes into runs of consecutive sheet rows, in row order. */
function runsOf(changes: readonly RowChange[]): RowChange[][] {
  const runs: RowChange[][] = [];
  for (const change of [...changes].sort((a, b) => a.row - b.row)) {
    const last = runs.at(-1);
    if (last && last.at(-1)!.row === change.row - 1) last.push(change);
    else runs.push([change]);
  }
  return runs;
}

/**
 * Each run is written over the tab's full width with one setValues, so a run costs one read of
 * its formulas and one write whatever its length. Cells not changed are written back as read:
 * the teacher's formulas as formulas (read with getFormulas), text as text (rewrittenCell), dates,
 * numbers and checkboxes as they were. Changed cells were made safe by the caller.
 */
export function writeRowChanges(sheet: Sheet, values: TabValues, width: number, changes: readonly RowChange[]): void {
  for (const run of runsOf(changes)) {
    const first = run[0].row;
    const range = sheet.getRange(first, 1, run.length, width);
    const formulas = range.getFormulas();
    const rows = run.map((change, i) => {
      const read = values.rows[change.row - FIRST_DATA_ROW] ?? [];
      return Array.from({ length: width }, (_, column): Cell => {
        if (column in change.cells) return change.cells[column];
        return formulas[i][column] || rewrittenCell(read[column] ?? '');
      });
    });
    range.setValues(rows);
  }
}
