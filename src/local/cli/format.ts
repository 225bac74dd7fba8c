// Plain-text output: execution lines and readable tables.
import type { ExecutionRecord } from '../runtime/execution';

/** `#12 2026-11-24T14:00:00.000Z onTick: ok (7 service calls)` plus the message when it failed. */
export function executionLine(record: ExecutionRecord): string {
  const calls = Object.values(record.calls).reduce((sum, n) => sum + n, 0);
  const message = record.message ? ` ${record.message}` : '';
  return `#${record.id} ${record.startedAt} ${record.entryPoint}: ${record.outcome}${message} (${calls} service call${calls === 1 ? '' : 's'})`;
}

const MAX_CELL_WIDTH = 24;

/**
 * Text made safe for one line of a terminal: line breaks and tabs become spaces, and other control
 * characters (ESC, BEL, C1 codes) become U+FFFD, so a student's cell or an email subject cannot
 * break the layout or recolour, retitle or clear the teacher's terminal.
 */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\t\n\v\f\r]/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
}

function clip(text: string): string {
  const oneLine = terminalSafe(text).replace(/\s+/g, ' ');
  return oneLine.length > MAX_CELL_WIDTH ? `${oneLine.slice(0, MAX_CELL_WIDTH - 1)}…` : oneLine;
}

/** Rows padded into columns, each cell on one line and clipped, with the sheet's row numbers on the left. */
export function textTable(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '(empty)';
  const width = Math.max(...rows.map((row) => row.length));
  const cells = rows.map((row, index) => [String(index + 1), ...Array.from({ length: width }, (_, c) => clip(row[c] ?? ''))]);
  const widths = cells[0].map((_, c) => Math.max(...cells.map((row) => row[c].length)));
  const lines = cells.map((row) => row.map((cell, c) => cell.padEnd(widths[c])).join(' | ').trimEnd());
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('-+-'));
  return lines.join('\n');
}
