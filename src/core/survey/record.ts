// A student row's survey bookkeeping, kept as JSON in its "Survey record" cell so that it travels with the row and is written with it.

/** Where a pending conflict's answer lives: the response and the Form holding it. */
export interface PendingAnswer {
  formId: string;
  responseId: string;
}

export interface SurveyRecord {
  /** Response ids merged into this row, by form id: a response listed here is never merged again. */
  merged: Record<string, string[]>;
  /** Per column, a hash of the text the last merge wrote: a cell that still hashes the same was not edited since. */
  wrote: Record<string, string>;
  /** Per column, the newer answer kept out because the teacher had edited the cell. */
  conflicts: Record<string, PendingAnswer>;
  /** The day (YYYY-MM-DD, spreadsheet zone) the survey link was last emailed to this student. */
  chased: string | null;
}

export function emptyRecord(): SurveyRecord {
  return { merged: {}, wrote: {}, conflicts: {}, chased: null };
}

function isStringMap(value: unknown): value is Record<string, string> {
  return !!value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');
}

/**
 * The record in a cell; an empty, damaged or hand-edited cell reads as an empty record (every
 * field then counts as the teacher's, which is the safe side: nothing is overwritten unasked).
 */
export function parseRecord(text: string): SurveyRecord {
  if (!text.startsWith('{')) return emptyRecord();
  try {
    const raw = JSON.parse(text) as Record<string, unknown>;
    const merged: Record<string, string[]> = {};
    if (raw.r && typeof raw.r === 'object') {
      for (const [formId, ids] of Object.entries(raw.r as Record<string, unknown>)) {
        if (Array.isArray(ids)) merged[formId] = ids.filter((id): id is string => typeof id === 'string');
      }
    }
    const conflicts: Record<string, PendingAnswer> = {};
    if (raw.c && typeof raw.c === 'object') {
      for (const [column, pending] of Object.entries(raw.c as Record<string, unknown>)) {
        const p = pending as { f?: unknown; r?: unknown };
        if (p && typeof p.f === 'string' && typeof p.r === 'string') conflicts[column] = { formId: p.f, responseId: p.r };
      }
    }
    return { merged, wrote: isStringMap(raw.w) ? { ...raw.w } : {}, conflicts, chased: typeof raw.s === 'string' ? raw.s : null };
  } catch {
    return emptyRecord();
  }
}

/** The record as cell text: short keys, empty parts left out; '' for an empty record. */
export function formatRecord(record: SurveyRecord): string {
  const out: Record<string, unknown> = {};
  if (Object.keys(record.merged).length > 0) out.r = record.merged;
  if (Object.keys(record.wrote).length > 0) out.w = record.wrote;
  if (Object.keys(record.conflicts).length > 0) {
    out.c = Object.fromEntries(Object.entries(record.conflicts).map(([column, p]) => [column, { f: p.formId, r: p.responseId }]));
  }
  if (record.chased) out.s = record.chased;
  return Object.keys(out).length > 0 ? JSON.stringify(out) : '';
}

/**
 * FNV-1a (32 bits) of a cell's text, as 8 hex digits: enough to tell "still what the merge wrote"
 * from "edited since" (a false match needs a 1-in-4-billion collision) without copying every
 * answer into the record.
 */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export function hasMerged(record: SurveyRecord, formId: string, responseId: string): boolean {
  return record.merged[formId]?.includes(responseId) ?? false;
}

/** True when the student has answered this form (any response merged). */
export function hasAnswered(record: SurveyRecord, formId: string): boolean {
  return (record.merged[formId]?.length ?? 0) > 0;
}
