// The short end-of-cycle email to the teacher: sent, skipped and why, failed and why, unknown.
import type { SentLogModel, StudentSend } from './cycle-log';
import { countStudents, picksOf } from './cycle-log';

/** At most this many students are named per list; the rest are counted. */
const LISTED = 50;

function listed(title: string, lines: string[]): string[] {
  if (lines.length === 0) return [];
  const shown = lines.slice(0, LISTED);
  const more = lines.length > LISTED ? [`  …and ${lines.length - LISTED} more (see the Sent log).`] : [];
  return ['', title, ...shown.map((line) => `  - ${line}`), ...more];
}

/**
 * Plain text only (the teacher's own inbox; student names are not HTML-escaped because there is
 * no HTML). Names come from `names` (student id to name); a student no longer on the roster is
 * shown by id.
 */
export function cycleSummary(cycleId: string, model: SentLogModel, students: readonly StudentSend[], names: ReadonlyMap<string, string>): { subject: string; body: string } {
  const counts = countStudents(students);
  const why = (send: StudentSend) => {
    const reasons = [...new Set(picksOf(model, send).filter((p) => p.status === send.status).map((p) => p.reason))].filter(Boolean);
    return `${names.get(send.studentId) ?? send.studentId}${reasons.length > 0 ? `: ${reasons.join('; ')}` : ''}`;
  };
  const of = (status: StudentSend['status']) => students.filter((s) => s.status === status);
  const body = [
    `Rapport finished ${cycleId}.`,
    '',
    `Sent: ${counts.sent}. Skipped: ${counts.skipped}. Failed: ${counts.failed}. Unknown: ${counts.unknown}.`,
    ...listed('Skipped, and why:', of('skipped').map(why)),
    ...listed('Failed, and why:', of('failed').map(why)),
    ...listed('Unknown (the run stopped while sending; open Rapport to resend or drop):', of('unknown').map((s) => `${names.get(s.studentId) ?? s.studentId} <${s.email}>`)),
    '',
    'Every row is in the Sent log tab.',
  ].join('\n');
  return { subject: `Rapport: ${cycleId} — ${counts.sent} sent`, body };
}
