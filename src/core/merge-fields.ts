// Which student fields an email template may use: only the public ones, derived from the schema's marking.
import { normalizeHeader } from './headers';
import { STUDENTS } from './schema';

export interface MergeField {
  /** The placeholder name, e.g. `firstName` for `{{firstName}}`. */
  key: string;
  header: string;
}

/** The public profile fields; private and system columns (notes, events, ids, opt-out) never appear. */
export const MERGE_FIELDS: readonly MergeField[] = STUDENTS.columns
  .filter((c) => c.visibility === 'public')
  .map((c) => ({ key: c.key, header: c.header }));

const MERGEABLE = new Set(MERGE_FIELDS.flatMap((f) => [normalizeHeader(f.key), normalizeHeader(f.header)]));

/**
 * True when `name` (a placeholder key like `firstName` or a header like "First name", in any case
 * or spacing) is a public field. Anything else, including private columns, is refused.
 */
export function isMergeField(name: string): boolean {
  return MERGEABLE.has(normalizeHeader(name));
}
