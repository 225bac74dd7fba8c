// The matching planner's inputs and outputs: structural, so roster Students, library Resources and Sent log entries fit as they are.

/** What matching reads of a student (a roster `Student` fits). */
export interface MatchStudent {
  id: string;
  name?: string;
  interests: readonly string[];
  careerPath: string;
  goals: string;
  /** The survey's "What brought you to this class?" answer. */
  whyThisClass?: string;
  /** The survey's "Why does this subject interest you?" answer. */
  whyThisSubject?: string;
  preferredTypes: readonly string[];
  howWeCanHelp?: string;
  optOut?: boolean;
  /** False for a blank, malformed or duplicate address. */
  emailUsable?: boolean;
  email?: string;
}

/** What matching reads of a resource (a library `Resource` fits). */
export interface MatchResource {
  id: string;
  title: string;
  url: string;
  type: string;
  tags: readonly string[];
  level: string;
  active: boolean;
}

/** One Sent log row as matching needs it (a parsed `SentEntry` fits). */
export interface SentRecord {
  studentId: string;
  resourceId: string;
  url?: string;
  /** Lower-case: planned, sent, skipped, failed or unknown. */
  status: string;
}

export interface PlanOptions {
  /** K: how many resources each email carries (default 3). */
  picksPerEmail?: number;
  /** When a student has fewer than K matches, top up with other unsent resources instead of skipping. */
  fillWithGeneral?: boolean;
  /**
   * Sent log statuses that count as "already received" (default sent and unknown: an outcome
   * nobody could confirm is treated as delivered, so a resource is never sent twice).
   */
  sentStatuses?: readonly string[];
}

export interface Pick {
  resourceId: string;
  title: string;
  url: string;
  type: string;
  level: string;
  /** For the student, starting in lower case: "because you said you're interested in composting". */
  reason: string;
  /** True for a general top-up, not a match to the profile. */
  general: boolean;
}

export type SkipCode = 'opted-out' | 'no-email' | 'no-id' | 'no-profile' | 'nothing-new';

export type StudentPlan =
  | { studentId: string; skipped: false; picks: Pick[] }
  | { studentId: string; skipped: true; code: SkipCode; reason: string };

export const DEFAULT_PICKS_PER_EMAIL = 3;
export const MAX_PICKS_PER_EMAIL = 10;
export const DEFAULT_SENT_STATUSES: readonly string[] = ['sent', 'unknown'];
