// The send engine's ports wired to the real matching planner and email renderer, with the teacher's saved email settings.
import type { EmailSettings, Result } from '../../shared/rpc';
import { DEFAULT_EMAIL_SETTINGS, renderEmail } from '../../core/email';
import { planPicks } from '../../core/matching';
import type { PlanEntry } from '../../core/sending/cycle-log';
import { EMAIL_SETTINGS } from '../../core/settings/email-settings';
import { surveyLinker } from '../email/survey-links';
import { readSettings } from '../settings-store';
import type { ClassData } from './class-data';
import type { SendingPorts } from './ports';

/**
 * The saved email settings, checked strictly: a template made invalid after scheduling stops the
 * cycle before any email, naming the fault. Nothing saved yet means the default template.
 */
function savedEmailSettings(): Result<EmailSettings> {
  const read = readSettings().read(EMAIL_SETTINGS);
  return read.problem ? { ok: false, problems: [{ message: `The email template has a problem: ${read.problem.message}` }] } : { ok: true, value: read.value };
}

function plan(data: ClassData, settings: EmailSettings): PlanEntry[] {
  const byId = new Map(data.students.map((s) => [s.id, s]));
  const options = { picksPerEmail: settings.picksPerEmail, fillWithGeneral: settings.fillWithGeneral };
  return planPicks(data.students, data.resources, data.sent, options).map((entry) => {
    const email = byId.get(entry.studentId)?.email ?? '';
    if (entry.skipped) return { studentId: entry.studentId, email, skip: entry.reason };
    return { studentId: entry.studentId, email, picks: entry.picks.map((p) => ({ resourceId: p.resourceId, title: p.title, url: p.url, reason: p.reason })) };
  });
}

/** The planner takes picks per email and the top-up choice from the same settings (the defaults if they cannot be read: the renderer then stops the cycle before any email). */
export const MATCHING_PORTS: SendingPorts = {
  plan(data) {
    const settings = savedEmailSettings();
    return plan(data, settings.ok ? settings.value : DEFAULT_EMAIL_SETTINGS);
  },
  renderer() {
    const settings = savedEmailSettings();
    if (!settings.ok) return settings;
    const { subject, body, news } = settings.value;
    const linkFor = surveyLinker();
    return { ok: true, value: (student, picks) => renderEmail({ subject, body }, student, picks, news, linkFor(student)) };
  },
};
