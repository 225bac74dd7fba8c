// A hostile class through every entry path, then a whole sending cycle: the tallies, any formula in any tab, the cycle's counts and every email sent.
import { advanceClock } from '../../src/local/runtime/scheduler';
import type { LocalRuntime } from '../../src/local/runtime/runtime';
import type { SentMailState } from '../../src/local/runtime/state';
import type { Result, SendCounts, SendingState, SurveyChaseReport } from '../../src/shared/rpc';
import { cellText } from '../../src/core/cells';
import { addRows, formulasOf, recordsOf, spreadsheetOf, student } from '../server/class-fixture';
import { sendingClass } from '../server/sending-fixture';
import { classWithSurvey } from '../server/survey-fixture';
import { addResources, answerSurvey, importRoster, logCheckIns, saveTemplates, typeResources, typeRoster, unnamedRefusals, type PathTally, type Refusal } from './hostile-paths';
import { runOk } from './runtime';
import type { EmailToRender } from './email-rendering';

/** Every public field in the body and two in the subject, so each hostile value meets both. */
const CYCLE_TEMPLATE = {
  subject: 'For {{First name}} {{Last name}}: {{Goals}}',
  body: [
    'Hi {{First name}} {{Last name}} ({{Section}}, {{Grade or major}}),',
    'Interests: {{Interests}}',
    'Career path: {{Career path}}',
    'Goals: {{Goals}}',
    'How we can help: {{How we can help}}',
    '',
    '{{Resources}}',
    '',
    '{{News}}',
    '',
    '{{Survey link}}',
  ].join('\n'),
};

const HOUR = 3_600_000;

export interface FormulaCell {
  tab: string;
  row: number;
  column: number;
  formula: string;
}

export interface HostileCycleReport {
  tallies: PathTally[];
  /** Refusals whose message does not name the field (must be none). */
  unnamed: Refusal[];
  /** Cells holding a formula in a tab Rapport writes (must be none: everything there was written as text). */
  formulas: FormulaCell[];
  /** Formulas in the Form's responses tab, which Google Forms writes as if typed (not Rapport: reported, not failed). */
  formsTabFormulas: number;
  /** Form answers the Students tab does not hold exactly as the student wrote them (must be none). */
  storedMismatches: string[];
  counts: SendCounts;
  /** The survey reminder to every student who has not answered (the typed and imported ones): plain text with each own pre-filled link. */
  chase: SurveyChaseReport;
  /** The cycle's emails (the teacher's summary included), as MailApp received them. */
  cycleEmails: SentMailState[];
  /** The test sends of every accepted template, subject, body and news, in the tallies' order. */
  testEmails: SentMailState[];
  /** The string each student address was given, for checking that the email shows it as text. */
  valueByAddress: Map<string, string>;
}

/** Emails show a profile value, pick or news up to 1,000 characters (MAX_EMAIL_VALUE); longer ones are cut, so they are not looked for whole. */
const SHOWN_WHOLE = 1_000;

/** A body line shows as typed when it is one line with no placeholder in it; the news always does. */
function shownByTemplate(path: string, text: string): string | undefined {
  if (path === "teacher's news") return text.trim();
  if (path === 'template body' && !/[\r\n]|\{\{|\}\}/.test(text)) return text.replace(/\s+$/, '');
  return undefined;
}

/** Every email of the report, labelled, with the hostile value it must show as text where one is known. */
export function emailsToRender(report: HostileCycleReport): EmailToRender[] {
  const templateTexts = report.tallies.flatMap((t) => t.emailed.map((text) => ({ path: t.path, text })));
  const tests = report.testEmails.map((mail, i) => ({ label: `test send ${i} (${templateTexts[i]?.path})`, htmlBody: mail.htmlBody ?? '', shows: shownByTemplate(templateTexts[i]?.path ?? '', templateTexts[i]?.text ?? '') }));
  const cycle = report.cycleEmails.map((mail) => {
    const value = report.valueByAddress.get(mail.to[0]);
    const shown = value?.trim();
    return { label: `cycle email to ${mail.to[0]}`, htmlBody: mail.htmlBody ?? '', shows: shown !== undefined && shown.length <= SHOWN_WHOLE ? shown : undefined };
  });
  return [...tests, ...cycle];
}

/** Formula cells in the tabs Rapport writes, or (`formsTabs`) in the ones a Form's responses arrive in. */
export function formulaCells(runtime: LocalRuntime, formsTabs = false): FormulaCell[] {
  return spreadsheetOf(runtime).sheets.filter((sheet) => (sheet.formId !== undefined) === formsTabs).flatMap((sheet) =>
    formulasOf(runtime, sheet.name).flatMap((row, r) => row.flatMap((formula, c) => (formula ? [{ tab: sheet.name, row: r + 1, column: c + 1, formula }] : []))),
  );
}

/** Presses "Email the survey to non-responders" until no one is left to remind; the reports added up. */
function remindEveryone(runtime: LocalRuntime): SurveyChaseReport {
  const total: SurveyChaseReport = { sent: 0, failed: 0, notSentToday: 0, sendAgain: 0, alreadyToday: 0, optedOut: 0, noEmail: 0 };
  for (let press = 0; press < 100; press += 1) {
    const chase = runOk<Result<SurveyChaseReport>>(runtime, 'emailSurveyToNonResponders');
    if (!chase.ok) throw new Error(`The survey reminder was refused: ${JSON.stringify(chase.problems)}`);
    total.sent += chase.value.sent;
    total.failed += chase.value.failed;
    Object.assign(total, { notSentToday: chase.value.notSentToday, sendAgain: chase.value.sendAgain, optedOut: chase.value.optedOut, noEmail: chase.value.noEmail });
    if (chase.value.sendAgain === 0) return total;
  }
  throw new Error('The survey reminder still had students to remind after 100 presses.');
}

/** Runs paths, noting their time (shared evenly among paths fed together). */
function timed(paths: () => PathTally[]): PathTally[] {
  const started = Date.now();
  const tallies = paths();
  for (const t of tallies) t.seconds = (Date.now() - started) / 1000 / tallies.length;
  return tallies;
}

/** Survey answers keep the student's text exactly (an answer over 49,999 characters is cut with a marker: survey-input.test.ts). */
function formAnswerMismatches(runtime: LocalRuntime, strings: readonly string[]): string[] {
  const byEmail = new Map(recordsOf(runtime, 'Students').map((r) => [String(r.Email), r]));
  return strings.flatMap((text, i) => {
    if (text.length > 49_000) return [];
    const row = byEmail.get(`form${i}@school.example`);
    if (!row) return [`form${i}: no Students row for ${JSON.stringify(text.slice(0, 60))}`];
    const stored = ['First name', 'Career path', 'Goals'].filter((column) => cellText(row[column]) !== text.trim());
    return stored.length > 0 ? [`form${i}: ${stored.join(', ')} differ from ${JSON.stringify(text.slice(0, 60))}`] : [];
  });
}

/** Runs the cycle to its end with "Send now" and hourly ticks. */
function sendWholeCycle(runtime: LocalRuntime): SendingState {
  runOk<Result<SendingState>>(runtime, 'sendNow');
  for (let tick = 0; tick < 48; tick += 1) {
    const state = runOk<SendingState>(runtime, 'getSendingState');
    if (state.cycle?.status === 'done') return state;
    advanceClock(runtime, HOUR);
  }
  throw new Error('The hostile cycle did not finish in 48 hours.');
}

/** Feeds `strings` (as typed: untrimmed, see hostileInputs) through every entry path, sends one cycle to everyone, and reports what Rapport did with them. */
export function runHostileCycle(strings: readonly string[]): HostileCycleReport {
  const { runtime, formId } = classWithSurvey();
  // Every accepted template is test-sent and every student emailed: the quota is raised so one day suffices.
  runtime.state.mail.dailyQuota = 1_000_000;
  addRows(runtime, 'Students', [student(1)]);
  // Form answers first, while the roster is small; check-ins and templates on a class of one: each of their many runs reads a small roster.
  const small = sendingClass(1);
  small.state.mail.dailyQuota = 1_000_000;
  const tallies = [
    ...timed(() => [answerSurvey(runtime, formId, strings)]),
    ...timed(() => [typeRoster(runtime, strings)]),
    ...timed(() => [importRoster(runtime, strings)]),
    ...timed(() => addResources(runtime, strings)),
    ...timed(() => [typeResources(runtime, strings)]),
    ...timed(() => [logCheckIns(small, strings, student(1).ID as string)]),
    ...timed(() => saveTemplates(small, strings, student(1).ID as string)),
  ];
  const news = strings.filter((text) => text.length <= 1_000);
  const saved = runOk<Result<unknown>>(runtime, 'saveEmailSettings', { ...CYCLE_TEMPLATE, news: { professional: news[0], profound: news.at(-1), personal: '<script>alert("news")</script>' } });
  if (!saved.ok) throw new Error(`The cycle's template was refused: ${JSON.stringify(saved.problems)}`);
  const done = sendWholeCycle(runtime);
  const sentBeforeChase = runtime.state.mail.outbox.length;
  const chase = remindEveryone(runtime);
  const valueByAddress = new Map<string, string>();
  strings.forEach((text, i) => ['typed', 'csv', 'form'].forEach((key) => valueByAddress.set(`${key}${i}@school.example`, text)));
  return {
    tallies,
    unnamed: unnamedRefusals(tallies),
    formulas: [...formulaCells(runtime), ...formulaCells(small)],
    formsTabFormulas: formulaCells(runtime, true).length,
    storedMismatches: formAnswerMismatches(runtime, strings),
    counts: done.cycle!.counts,
    chase,
    cycleEmails: runtime.state.mail.outbox.slice(0, sentBeforeChase),
    testEmails: small.state.mail.outbox,
    valueByAddress,
  };
}
