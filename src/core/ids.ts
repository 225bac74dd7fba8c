// Stable row ids (`stu-…`, `res-…`) made from a UUID the caller supplies per batch, unique among the ids already taken.
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

/** sfc32 (Chris Doty-Humphrey's small fast counter generator): 128 bits of state, passes PractRand. */
function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
}

/**
 * As many random hex strings as a batch needs from one UUID: its 128 bits seed a small generator,
 * so giving ids to 10,000 imported rows costs one Utilities.getUuid call, not 10,000. A batch's
 * ids are as unpredictable as the UUID; any that collide with a taken id are retried by makeId.
 */
export function hexStream(uuid: string): () => string {
  const hex = uuid.replace(/[^0-9a-f]/gi, '').padEnd(32, '0');
  const seed = [0, 8, 16, 24].map((at) => parseInt(hex.slice(at, at + 8), 16) | 0);
  const next = sfc32(seed[0], seed[1], seed[2], seed[3]);
  // The first outputs still echo the seed closely; sfc32's authors discard a dozen.
  for (let i = 0; i < 12; i += 1) next();
  return () => [next(), next()].map((n) => n.toString(16).padStart(8, '0')).join('');
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
