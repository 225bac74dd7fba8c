// The domain's vocabulary: dates as ISO strings, check-in kinds, resource types and levels, Problem and Result.

/** A calendar date, 'YYYY-MM-DD', in the spreadsheet's time zone. */
export type IsoDate = string;
/** An instant, e.g. '2026-11-23T17:00:00.000Z'. */
export type IsoDateTime = string;

export const CHECK_IN_KINDS = ['one-on-one', 'greeting', 'family contact', 'celebration', 'other'] as const;
export type CheckInKind = (typeof CHECK_IN_KINDS)[number];

export const RESOURCE_TYPES = ['article', 'video', 'event', 'opportunity', 'book', 'podcast', 'course', 'tool', 'other'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

export const RESOURCE_LEVELS = ['intro', 'enrichment', 'challenge', 'support'] as const;
export type ResourceLevel = (typeof RESOURCE_LEVELS)[number];

/** One thing wrong, said so that a teacher can find and fix it. */
export interface Problem {
  tab?: string;
  /** 1-based sheet row. */
  row?: number;
  column?: string;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };
