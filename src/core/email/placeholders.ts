// What a `{{placeholder}}` may name: a public Students column (as the teacher sees its header) or one of the email's blocks.
import { normalizeHeader } from '../headers';
import { STUDENTS } from '../schema';

export type BlockKey = 'resources' | 'news' | 'surveyLink';

/** The blocks as the teacher writes them; each stands alone on a line of the body. */
export const BLOCKS: Record<BlockKey, string> = { resources: 'Resources', news: 'News', surveyLink: 'Survey link' };

export type Placeholder =
  | { kind: 'field'; key: string }
  | { kind: 'block'; block: BlockKey }
  /** A Students column that is not public: private notes and events, or Rapport's bookkeeping. */
  | { kind: 'refused'; visibility: 'private' | 'system' }
  | { kind: 'unknown' };

const BY_NAME = new Map<string, Placeholder>();
for (const column of STUDENTS.columns) {
  const placeholder: Placeholder =
    column.visibility === 'public'
      ? { kind: 'field', key: column.key }
      : { kind: 'refused', visibility: column.visibility };
  BY_NAME.set(normalizeHeader(column.header), placeholder);
  BY_NAME.set(normalizeHeader(column.key), placeholder);
}
for (const [block, label] of Object.entries(BLOCKS) as [BlockKey, string][]) BY_NAME.set(normalizeHeader(label), { kind: 'block', block });

/** Resolves a placeholder's name ignoring case, spaces, hyphens and underscores: "first name", "FirstName" and "First_name" are one. */
export function resolvePlaceholder(name: string): Placeholder {
  return BY_NAME.get(normalizeHeader(name)) ?? { kind: 'unknown' };
}

/** Every placeholder a template may use, as the teacher would type it. */
export function placeholderList(): string[] {
  const fields = STUDENTS.columns.filter((c) => c.visibility === 'public').map((c) => c.header);
  return [...fields, ...Object.values(BLOCKS)].map((name) => `{{${name}}}`);
}
