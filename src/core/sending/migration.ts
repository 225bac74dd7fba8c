// Settles Sent log rows written before cycles existed: every row gets a cycle id and one of the five statuses.
import { cellText, isBlankRow, isDate, textCell, type Cell } from '../cells';
import { cellOf } from '../table';
import { setCell, type SentLogModel } from './cycle-log';
import { isSendStatus, type SendStatus } from './statuses';

/** Words a teacher (or an older Rapport) used for each status, lower case. */
const SYNONYMS: Record<string, SendStatus> = {
  delivered: 'sent',
  emailed: 'sent',
  done: 'sent',
  ok: 'sent',
  yes: 'sent',
  error: 'failed',
  bounced: 'failed',
  skip: 'skipped',
  'opted out': 'skipped',
};

/**
 * The status a legacy row settles to. Blank counts as sent when the row has a Sent at date (the
 * teacher logged a send by hand) — the safe reading, since a sent resource is never sent again.
 * A leftover `planned` or `pending` outside any cycle, or a word we do not know, becomes `unknown`:
 * the row is kept and nothing is resent because of it.
 */
function settledStatus(raw: string, sentAt: Cell): SendStatus {
  const status = raw.toLowerCase().trim();
  if (isSendStatus(status) && status !== 'planned') return status;
  if (SYNONYMS[status]) return SYNONYMS[status];
  if (status === '' && cellText(sentAt) !== '') return 'sent';
  return 'unknown';
}

/** The cycle id a legacy row gets: its Sent at day, so the rows of one hand-made round share a key. */
function legacyCycleId(sentAt: Cell): string {
  const day = isDate(sentAt) ? sentAt.toISOString().slice(0, 10) : cellText(sentAt).slice(0, 10);
  return `before-cycles ${day || 'undated'}`.trim();
}

/**
 * Rows without a cycle id, or whose status is not exactly one of the five, are settled in the
 * model (marked touched, so the caller writes them in its next block). A row with a cycle id
 * belongs to a cycle and is left to it, except that its status is lower-cased. Returns how many
 * rows changed; running it again changes none.
 */
export function migrateLegacyRows(model: SentLogModel): number {
  const { map } = model;
  const statusColumn = map.index.status;
  const cycleColumn = map.index.cycle;
  if (statusColumn === undefined || cycleColumn === undefined) return 0;
  let changed = 0;
  model.rows.forEach((row, index) => {
    if (isBlankRow(row)) return;
    const raw = cellText(row[statusColumn]);
    const cycle = cellText(row[cycleColumn]);
    const status = cycle && isSendStatus(raw.toLowerCase()) ? raw.toLowerCase() : settledStatus(raw, cellOf(map, row, 'sentAt'));
    const newCycle = cycle || legacyCycleId(cellOf(map, row, 'sentAt'));
    if (status === raw && newCycle === cycle) return;
    setCell(model, index, 'status', status);
    setCell(model, index, 'cycle', textCell(newCycle));
    changed += 1;
  });
  return changed;
}
