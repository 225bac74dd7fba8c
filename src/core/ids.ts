// Stable row ids (`stu-…`, `res-…`) made from UUIDs the caller supplies, unique among the ids already taken.
import type { Problem } from './vocabulary';

export type IdPrefix = 'stu' | 'res';

const SHORT_ID_HEX = 12;
const MAX_ATTEMPTS = 100;

/**
 * A new id: the prefix and the first 12 hex digits of a UUID (48 bits: a collision among 2,000
 * students has odds near 1 in 10^8, and a taken id is retried with the next UUID anyway).
 * The id is added to `taken`.
 */
export function makeId(prefix: IdPrefix, nextUuid: () => string, taken: Set<string>): string {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const hex = nextUuid().replace(/[^0-9a-f]/gi, '').toLowerCase();
    const id = `${prefix}-${hex.slice(0, SHORT_ID_HEX)}`;
    if (hex.length >= SHORT_ID_HEX && !taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
  throw new Error(`Could not make a unique ${prefix} id: the UUID source keeps repeating`);
}

/** A parsed row that carries an id ('' when it has none yet). */
export interface IdentifiedRow {
  row: number;
  id: string;
}

/**
 * A copied row repeats its original's id. The later row's id is cleared, so that it gets one of
 * its own at the next id assignment, and the teacher is told. Returns one Problem per such row.
 */
export function clearDuplicateIds(rows: IdentifiedRow[], tab: string): Problem[] {
  const rowOfId = new Map<string, number>();
  const problems: Problem[] = [];
  for (const record of rows) {
    if (!record.id) continue;
    const first = rowOfId.get(record.id);
    if (first === undefined) rowOfId.set(record.id, record.row);
    else {
      problems.push({ tab, row: record.row, column: 'ID', message: `Same ID as row ${first}; Rapport will give this row a new ID.` });
      record.id = '';
    }
  }
  return problems;
}
