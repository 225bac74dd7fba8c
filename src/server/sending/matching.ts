// The send engine's planner and renderer: the matching core and the email core, given the settings the run read once.
import type { EmailSettings, Result } from '../../shared/rpc';
import { DEFAULT_EMAIL_SETTINGS, renderEmail } from '../../core/email';
import { planPicks } from '../../core/matching';
import type { RenderEmail } from '../../core/sending/compose';
import type { PlanEntry } from '../../core/sending/cycle-log';
import { EMAIL_SETTINGS } from '../../core/settings/email-settings';
import type { Settings } from '../../core/settings/settings';
import { surveyLinker } from '../email/survey-links';
import type { ClassData } from './class-data';

/**
 * The saved email settings, checked strictly: a template made invalid after scheduling stops the
 * cycle before any email, naming the fault. Nothing saved yet means the default template.
 */
export function cycleEmailSettings(settings: Settings): Result<EmailSettings> {
  const read = settings.read(EMAIL_SETTINGS);
  return read.problem ? { ok: false, problems: [{ message: `The email template has a problem: ${read.problem.message}` }] } : { ok: true, value: read.value };
}

/**
 * Picks with reasons for each student, or a skip with its reason. Picks per email and the top-up
 * choice come from the email settings (the defaults when they cannot be read: the renderer then
 * stops the cycle before any email).
 */
export function planClass(data: ClassData, email: Result<EmailSettings>): PlanEntry[] {
  const { picksPerEmail, fillWithGeneral } = email.ok ? email.value : DEFAULT_EMAIL_SETTINGS;
  const byId = new Map(data.students.map((s) => [s.id, s]));
  return planPicks(data.students, data.resources, data.sent, { picksPerEmail, fillWithGeneral }).map((entry) => {
    const address = byId.get(entry.studentId)?.email ?? '';
    if (entry.skipped) return { studentId: entry.studentId, email: address, skip: entry.reason };
    return { studentId: entry.studentId, email: address, picks: entry.picks.map((p) => ({ resourceId: p.resourceId, title: p.title, url: p.url, reason: p.reason })) };
  });
}

/** The run's renderer, or why emails cannot be made; each email carries the student's own survey link. */
export function cycleRenderer(email: Result<EmailSettings>, settings: Settings): Result<RenderEmail> {
  if (!email.ok) return email;
  const { subject, body, news } = email.value;
  const linkFor = surveyLinker(settings);
  return { ok: true, value: (student, picks) => renderEmail({ subject, body }, student, picks, news, linkFor(student)) };
}
