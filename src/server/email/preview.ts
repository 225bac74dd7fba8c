// One student's email exactly as the next cycle would send it (picks, survey link, template), a test send of it to the teacher, and the library's gaps.
import type { EmailPreview, LibraryGapsView, Result, TestEmailReport } from '../../shared/rpc';
import { renderEmail } from '../../core/email';
import { buildLibraryIndex, libraryGaps, planStudent } from '../../core/matching';
import { EMAIL_SETTINGS } from '../../core/settings/email-settings';
import { loadClassData, type ClassData } from '../sending/class-data';
import { readSettings } from '../settings-store';
import { openSpreadsheetContext } from '../spreadsheet-context';
import { surveyLinker } from './survey-links';

function classData(): ClassData {
  const loaded = loadClassData(openSpreadsheetContext());
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join(' '));
  return loaded.data;
}

export function previewFor(studentId: unknown): EmailPreview {
  const data = classData();
  const id = String(studentId ?? '');
  const student = data.students.find((s) => s.id === id && id !== '');
  if (!student) return { skipped: true, studentName: '', reason: `No student on the Students tab has the ID "${id}".` };
  const settings = readSettings().get(EMAIL_SETTINGS);
  const options = { picksPerEmail: settings.picksPerEmail, fillWithGeneral: settings.fillWithGeneral };
  const plan = planStudent(student, buildLibraryIndex(data.resources, data.sent), options);
  if (plan.skipped) return { skipped: true, studentName: student.name, reason: plan.reason };
  const email = renderEmail(settings, student, plan.picks, settings.news, surveyLinker()(student));
  const picks = plan.picks.map(({ resourceId, title, url, reason }) => ({ resourceId, title, url, reason }));
  return { skipped: false, studentName: student.name, to: student.email, ...email, picks };
}

/** Sends the preview to the teacher's own address, never to the student; a student who would be skipped (opted out included) gets no test either. */
export function sendTestFor(studentId: unknown): Result<TestEmailReport> {
  const preview = previewFor(studentId);
  if (preview.skipped) {
    const who = preview.studentName || 'This student';
    return { ok: false, problems: [{ message: preview.studentName ? `${who} would not be emailed (${preview.reason}), so there is nothing to test.` : preview.reason }] };
  }
  const to = Session.getEffectiveUser().getEmail();
  if (!to) return { ok: false, problems: [{ message: 'Rapport cannot see your email address, so it cannot send you a test.' }] };
  if (MailApp.getRemainingDailyQuota() < 1) return { ok: false, problems: [{ message: "Today's email quota is used up; try the test again tomorrow." }] };
  MailApp.sendEmail({ to, subject: `[Test] ${preview.subject}`, body: preview.body, htmlBody: preview.htmlBody });
  return { ok: true, value: { to, message: `Sent a test of ${preview.studentName}'s email to you at ${to}. ${preview.studentName} was not emailed.` } };
}

export function gapsOfLibrary(): LibraryGapsView {
  const data = classData();
  const settings = readSettings().get(EMAIL_SETTINGS);
  return libraryGaps(data.students, data.resources, data.sent, { picksPerEmail: settings.picksPerEmail, fillWithGeneral: settings.fillWithGeneral });
}
