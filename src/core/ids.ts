// Stable row ids (`stu-…`, `res-…`) made from UUIDs the caller supplies, unique among the ids already taken.

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
