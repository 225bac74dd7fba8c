// emailSurveyToNonResponders: a short note with each student's own link, within today's quota, never twice a day, never to an opted-out student.
import type { Result, SurveyChaseReport } from '../../shared/rpc';
import { mapColumns } from '../../core/headers';
import { STUDENTS } from '../../core/schema';
import { MAX_EMAIL_SUBJECT } from '../../core/email/render';
import { excerpt } from '../../core/text-cut';
import { parseRoster, type Student } from '../../core/students';
import { chasePlan, editableRowOf } from '../../core/survey/progress';
import { rowChange, sealRow } from '../../core/survey/row-edit';
import { withDocumentLock } from '../document-lock';
import { writeRowChanges } from '../row-changes';
import { openSpreadsheetContext } from '../spreadsheet-context';
import { loadTabs } from '../workspace-loader';
import { formGoneMessage, openSurveyForm } from './form-access';
import { prefilledLinks } from './links';
import { loadSurveySettings } from './settings';

const SUBJECT_START = 'A few questions about you (';

/**
 * Each reminder builds a pre-filled link (six FormApp calls) and sends it: over a second each on the
 * local runtime's latencies, so a run sends at most this many (about 2.5 minutes), well inside the
 * 6-minute limit that killed a run reminding 300 students; the teacher presses again for the rest.
 */
export const MAX_REMINDERS_PER_RUN = 120;

/** Plain text; the spreadsheet's name is cut so the subject stays within what MailApp takes. */
function message(student: Student, link: string, className: string): { subject: string; body: string } {
  const greeting = student.firstName ? `Hi ${student.firstName},` : 'Hi,';
  return {
    subject: `${SUBJECT_START}${excerpt(className, MAX_EMAIL_SUBJECT - SUBJECT_START.length - 1)})`,
    body: `${greeting}\n\nI would like to know more about what interests you, so that I can send you things that fit. Could you answer a few short questions? It takes about five minutes:\n\n${link}\n\nThank you!`,
  };
}

/**
 * Under the document lock. Students who have not answered the newest survey, with a usable
 * address, not opted out and not reminded today, up to MailApp's remaining quota and
 * MAX_REMINDERS_PER_RUN. For a kill
 * after any call, each student is marked reminded today (in the row's survey record, one write,
 * flushed) before any email goes: a kill mid-way can leave a marked student without the email
 * today, never send one twice. Plain-text bodies only, so no student text is read as HTML.
 */
export function chaseNonResponders(): Result<SurveyChaseReport> {
  const context = openSpreadsheetContext();
  return withDocumentLock(() => {
    const survey = loadSurveySettings().surveys.at(-1);
    if (!survey) return { ok: false, problems: [{ message: 'Create the survey first: there is no survey to send.' }] };
    const form = openSurveyForm(survey);
    if (!form) return { ok: false, problems: [{ message: formGoneMessage(survey) }] };
    const loaded = loadTabs(context, ['students']);
    const sheet = loaded.tabs.students;
    const values = loaded.values.students;
    if (loaded.structureProblems.length > 0 || !sheet || !values) return { ok: false, problems: loaded.structureProblems };
    const map = mapColumns(STUDENTS, values.header);
    if (map.index.surveyRecord === undefined) return { ok: false, problems: [{ tab: STUDENTS.name, column: 'Survey record', message: 'The Students tab has no "Survey record" column. Run "Set up class" to add it.' }] };
    const { students } = parseRoster(values.rows, map, context.dates);
    const plan = chasePlan(values, map, students, survey.formId, context.dates.today);
    const quota = Math.max(0, MailApp.getRemainingDailyQuota());
    const withinQuota = plan.due.slice(0, quota);
    const sending = withinQuota.slice(0, MAX_REMINDERS_PER_RUN);
    const marks = sending.map((student) => {
      const edit = editableRowOf(values, map, student);
      edit.record.chased = context.dates.today;
      sealRow(map, edit);
      return rowChange(edit as typeof edit & { row: number });
    });
    writeRowChanges(sheet, values, values.header.length, marks);
    SpreadsheetApp.flush();
    const links = prefilledLinks(survey, form, sending.map((s) => ({ id: String(s.row), firstName: s.firstName, lastName: s.lastName })));
    const className = context.spreadsheet.getName();
    let failed = 0;
    for (const student of sending) {
      try {
        MailApp.sendEmail({ to: student.email, ...message(student, links[String(student.row)], className) });
      } catch {
        failed += 1;
      }
    }
    const { alreadyToday, optedOut, noEmail } = plan;
    return { ok: true, value: { sent: sending.length - failed, failed, notSentToday: plan.due.length - withinQuota.length, sendAgain: withinQuota.length - sending.length, alreadyToday, optedOut, noEmail } };
  });
}
