// Quota and time: a big class on a small daily email quota, cycles on Workspace quotas within the 6-minute limit, and the daily trigger runtime a normal week spends.
import { EXECUTION_LIMIT_MS } from '../../src/local/runtime/execution';
import { MESSAGES } from '../../src/local/runtime/errors';
import type { LocalRuntime, RunResult } from '../../src/local/runtime/runtime';
import { advanceClock, submitFormResponse } from '../../src/local/runtime/scheduler';
import { CONSUMER_TRIGGER_RUNTIME_MS } from '../../src/local/runtime/trigger-quota';
import { createSurveyOn, DAY, HOUR, INTERESTS, mailByAddress, rosterEmails, rosterResponse, scheduledClass, sendingState, tickUntilDone, WORKSPACE_DAILY_QUOTA } from './class';
import type { Section } from './report';

/** A row of a claims table: what is claimed, what was measured, the bound, whether it holds. */
export interface Claim {
  claim: string;
  measured: string;
  bound: string;
  holds: boolean;
}

export function claimsSection(title: string, claims: readonly Claim[]): Section {
  return {
    title,
    header: ['claim', 'measured', 'bound', 'holds'],
    rows: claims.map((c) => [c.claim, c.measured, c.bound, c.holds ? 'yes' : 'NO']),
    problems: claims.filter((c) => !c.holds).map((c) => `${c.claim}: ${c.measured} (bound ${c.bound})`),
  };
}

const duration = (result: RunResult) => Date.parse(result.record.endedAt) - Date.parse(result.record.startedAt);
const minutes = (ms: number) => `${(ms / 60_000).toFixed(1)} min`;

export interface CycleRun {
  runtime: LocalRuntime;
  results: RunResult[];
  /** From the cycle's start to its end, in days. */
  days: number;
  /** Students who should get an email (sent or still to send) and how many got exactly one; more than one. */
  toEmail: number;
  emailedOnce: number;
  duplicates: number;
}

/** A whole scheduled cycle of `students` on a daily quota of `quota` recipients, ticking hourly until done (at most `maxDays`). */
export function wholeCycle(students: number, quota: number, maxDays: number): CycleRun {
  const runtime = scheduledClass(students, quota);
  const outboxBefore = runtime.state.mail.outbox.length;
  const results = tickUntilDone(runtime, maxDays * 24);
  const cycle = sendingState(runtime).cycle;
  const finished = cycle?.finishedAt ? Date.parse(cycle.finishedAt) : Number.POSITIVE_INFINITY;
  const mail = mailByAddress(runtime, outboxBefore);
  const received = [...rosterEmails(runtime).values()].map((email) => mail.get(email)?.length ?? 0);
  return {
    runtime,
    results,
    days: cycle ? (finished - Date.parse(cycle.startedAt)) / DAY : Number.POSITIVE_INFINITY,
    toEmail: (cycle?.counts.sent ?? 0) + (cycle?.counts.planned ?? 0) + (cycle?.counts.unknown ?? 0) + (cycle?.counts.failed ?? 0),
    emailedOnce: received.filter((n) => n === 1).length,
    duplicates: received.reduce((sum, n) => sum + Math.max(0, n - 1), 0),
  };
}

/** `students` on a `quota`-recipient day finish within `days` days, every student who should be emailed emailed exactly once. */
export function smallQuotaClaims(students: number, quota: number, days: number): Claim[] {
  const run = wholeCycle(students, quota, days + 2);
  return [
    { claim: `${students} students on a ${quota}-recipient daily quota: days from the cycle's start to its end`, measured: run.days.toFixed(2), bound: `≤ ${days}`, holds: run.days <= days },
    { claim: `  …students emailed exactly once / to email (not opted out)`, measured: `${run.emailedOnce} / ${run.toEmail}`, bound: 'all', holds: run.emailedOnce === run.toEmail && run.toEmail > 0 },
    { claim: '  …students emailed more than once', measured: String(run.duplicates), bound: '0', holds: run.duplicates === 0 },
  ];
}

/** On Workspace quotas: the executions a cycle takes, each within the 6-minute limit. */
export function workspaceClaims(students: number): Claim[] {
  const run = wholeCycle(students, WORKSPACE_DAILY_QUOTA, 7);
  const sending = run.results.filter((r) => (r.record.calls['MailApp.sendEmail'] ?? 0) > 0);
  const longest = Math.max(0, ...run.results.map(duration));
  const killed = run.results.filter((r) => r.record.outcome !== 'ok').length;
  return [
    { claim: `${students} students on Workspace quotas (1,500 a day): executions that sent / days to finish / students emailed once`, measured: `${sending.length} / ${run.days.toFixed(2)} / ${run.emailedOnce} of ${run.toEmail}`, bound: 'everyone once', holds: run.emailedOnce === run.toEmail && run.duplicates === 0 },
    { claim: '  …longest execution (virtual time) / executions not ok', measured: `${minutes(longest)} / ${killed}`, bound: `< ${minutes(EXECUTION_LIMIT_MS)} / 0`, holds: longest < EXECUTION_LIMIT_MS && killed === 0 },
  ];
}

/** The busiest 24 hours, counted as the quota counts them: windows opening at a trigger execution's start. */
function busiestWindow(results: readonly RunResult[]): number {
  const runs = results.map((r) => ({ start: Date.parse(r.record.startedAt), ms: duration(r) }));
  return Math.max(0, ...runs.map((from) => runs.filter((r) => r.start >= from.start && r.start < from.start + DAY).reduce((sum, r) => sum + r.ms, 0)));
}

/**
 * A normal week on a consumer account: the hourly tick all week, a cycle of `students` on a
 * 100-recipient day, and `submissionsPerDay` survey responses a day whose form-submit trigger runs
 * under the same quota. The busiest 24 hours of trigger runtime stay under 90 minutes; nothing is
 * refused for it.
 */
export function triggerRuntimeClaims(students: number, submissionsPerDay: number): Claim[] {
  const runtime = scheduledClass(students, 100);
  const formId = createSurveyOn(runtime);
  const ticks: RunResult[] = [];
  const submissions: RunResult[] = [];
  for (let hour = 0; hour < 7 * 24; hour += 1) {
    ticks.push(...advanceClock(runtime, HOUR));
    if (hour % 24 < submissionsPerDay) submissions.push(...submitFormResponse(runtime, formId, rosterResponse(runtime, (hour * 7) % students, { [INTERESTS]: `interest ${hour}` })));
  }
  const refused = [...ticks, ...submissions].filter((r) => r.error?.includes(MESSAGES.dailyRuntime)).length;
  const all = busiestWindow([...ticks, ...submissions]);
  return [
    { claim: `A normal week, consumer account (${students} students, a cycle on 100 a day, ${submissionsPerDay} responses a day): busiest 24 h of the hourly tick`, measured: minutes(busiestWindow(ticks)), bound: `< ${minutes(CONSUMER_TRIGGER_RUNTIME_MS)}`, holds: busiestWindow(ticks) < CONSUMER_TRIGGER_RUNTIME_MS },
    { claim: '  …with the form-submit trigger / executions refused for the quota', measured: `${minutes(all)} / ${refused}`, bound: `< ${minutes(CONSUMER_TRIGGER_RUNTIME_MS)} / 0`, holds: all < CONSUMER_TRIGGER_RUNTIME_MS && refused === 0 },
  ];
}
