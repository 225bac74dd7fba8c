// The daily quota on triggers' total runtime, per user: 90 minutes on consumer accounts, 6 hours on Workspace.
import type { WorkspaceState } from './state';

/** Quotas page [C]: "Triggers total runtime" is 90 min / day for consumer accounts. */
export const CONSUMER_TRIGGER_RUNTIME_MS = 90 * 60 * 1000;
/** Quotas page [C]: 6 hr / day for Google Workspace accounts. */
export const WORKSPACE_TRIGGER_RUNTIME_MS = 6 * 60 * 60 * 1000;
/** Quotas page [C]: "Quotas are per user and reset 24 hours after the first request." */
export const TRIGGER_QUOTA_WINDOW_MS = 24 * 60 * 60 * 1000;

export interface TriggerRuntimeState {
  /** Milliseconds of trigger runtime each user may spend per 24-hour window. */
  dailyLimitMs: number;
  /** By user email: when their window began (epoch ms) and how much runtime it has used. */
  byUser: Record<string, { windowStart: number; usedMs: number }>;
}

export function defaultTriggerRuntime(): TriggerRuntimeState {
  return { dailyLimitMs: CONSUMER_TRIGGER_RUNTIME_MS, byUser: {} };
}

/** The quota's state, added to a workspace saved before the quota was modelled. */
function quotaOf(state: WorkspaceState): TriggerRuntimeState {
  state.triggerRuntime ??= defaultTriggerRuntime();
  return state.triggerRuntime;
}

/**
 * Whether `user` may start another trigger execution at `now`. Models the daily trigger runtime
 * quota: once a user's triggers have run for the day's allowance, each further trigger execution
 * fails at once with "Service using too much computer time for one day." — trigger failure
 * reports quoted in public issue threads (webdigi/GmailScheduler#31, btoews/OctoGAS#16) show that
 * message on time-based runs whose start and end are the same minute [C message, P when]. The
 * window ends 24 h after its first trigger execution [C].
 */
export function hasTriggerRuntimeLeft(state: WorkspaceState, user: string, now: number): boolean {
  const quota = quotaOf(state);
  const used = quota.byUser[user];
  if (used && now >= used.windowStart + TRIGGER_QUOTA_WINDOW_MS) delete quota.byUser[user];
  return (quota.byUser[user]?.usedMs ?? 0) < quota.dailyLimitMs;
}

/**
 * Counts a finished trigger execution's virtual runtime against its user's window (opening one at
 * `startedAt` if none is open). An execution that starts with any allowance left runs to its end
 * and all of its runtime counts, even past the allowance: whether Apps Script cuts it short is not
 * known [U].
 */
export function chargeTriggerRuntime(state: WorkspaceState, user: string, startedAt: number, ms: number): void {
  const quota = quotaOf(state);
  const used = (quota.byUser[user] ??= { windowStart: startedAt, usedMs: 0 });
  used.usedMs += Math.max(0, ms);
}

/** Sets the daily allowance in minutes (90 models a consumer account, 360 a Workspace one). */
export function setDailyTriggerRuntimeMinutes(state: WorkspaceState, minutes: number): void {
  if (!Number.isFinite(minutes) || minutes < 0) throw new Error(`The trigger runtime quota must be 0 minutes or more (got ${minutes}).`);
  quotaOf(state).dailyLimitMs = Math.round(minutes * 60 * 1000);
}
