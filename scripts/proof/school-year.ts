// A school year in the local runtime: 36 weeks, a cycle every two weeks, responses, check-ins and roster changes arriving, a co-teacher, a week without the trigger, two daylight-saving changes; then its invariants.
import { appendByHeader } from '../../src/local/demo/by-header';
import { INTEREST_CLUSTERS } from '../../src/local/demo/profiles';
import type { LocalRuntime } from '../../src/local/runtime/runtime';
import { advanceClock, submitFormResponse, type StudentResponse } from '../../src/local/runtime/scheduler';
import type { Result, SendingState } from '../../src/shared/rpc';
import { benchClass } from '../bench/class';
import { createSurveyOn, DAY, INTERESTS, ok, rosterResponse, runOk, sendingState, tabRecords } from './class';
import { collectedTexts, LogCollector, studentDataIn, type Person } from './privacy';
import { claimsSection, type Claim } from './quota';
import type { Section } from './report';

export interface YearOptions {
  weeks: number;
  students: number;
  resources: number;
}

/** The year: 36 weeks, 150 students, 80 resources. */
export const SCHOOL_YEAR: YearOptions = { weeks: 36, students: 150, resources: 80 };

/** Tuesday 1 September 2026, 08:00 in New York: the year crosses the end of summer time (1 Nov) and its start (14 Mar 2027). */
const YEAR_START = Date.UTC(2026, 8, 1, 12);
const SCHEDULE = { everyWeeks: 2, weekday: 'Monday', hour: 10, reviewBeforeSending: false };
const CO_TEACHER = 'co.teacher@example.edu';
const EMAIL_ME = 'Email me resources every few weeks';

/** What happens in which week (0-based): the co-teacher takes the schedule over; later their trigger is off for a week. */
const TAKE_OVER_WEEK = 12;
const TRIGGER_OFF_WEEK = 20;
/** When a student answers No to "Email me resources": week, day, and their roster row (0-based). */
const OPT_OUT = { week: 9, day: 2, rosterRow: 11 };
/** Days of each week (0 = Tuesday) when a survey response arrives and a check-in is logged. */
const ACTIVE_DAYS = [0, 2, 3];
/** Every this many weeks the teacher types two new students into the roster. */
const NEW_ROWS_EVERY = 6;

interface Response {
  email: string;
  interest: string;
  at: number;
}

export interface YearRun {
  runtime: LocalRuntime;
  /** Each cycle by id: its status when last seen, and the roster (student ids) when it was first seen. */
  cycles: Map<string, { status: string; roster: string[]; startedAt: string }>;
  responses: Response[];
  optOut: Response | null;
  checkIns: string[];
  collector: LogCollector;
  /** Everyone who was ever a student of the class: roster rows and form respondents. */
  people: Map<string, Person>;
}

/** The demo library's size: the rest of the year's resources are added from the sidebar as the year goes. */
const DEMO_RESOURCES = 30;
/** Every other week the teacher adds this many resources from the sidebar, until the library holds the year's total. */
const ADDED_PER_FORTNIGHT = 3;

/** The `n`th resource added during the year (0-based), tagged with two of the demo clusters' interests. */
function addedResource(n: number): Record<string, string> {
  const interests = [...new Set(INTEREST_CLUSTERS.flatMap((c) => c.interests))];
  const types = ['article', 'video', 'tool', 'event', 'book', 'course', 'podcast', 'opportunity'];
  const tag = interests[n % interests.length];
  return { title: `More on ${tag} (${n + 1})`, url: `https://library.example.org/${n + 1}`, type: types[n % types.length], tags: `${tag}, ${interests[(n * 7 + 3) % interests.length]}`, level: 'intro', description: '', requestId: `year-resource-${n + 1}` };
}

function rememberRoster(runtime: LocalRuntime, people: Map<string, Person>): string[] {
  const rows = tabRecords(runtime, 'Students');
  for (const row of rows) {
    const email = String(row.Email).toLowerCase();
    people.set(email, { first: String(row['First name']), last: String(row['Last name']), email });
  }
  return rows.map((row) => String(row.ID));
}

/** The owner's hourly trigger removed, as when it is disabled or deleted from the Apps Script dashboard. */
function triggerOff(runtime: LocalRuntime, owner: string): void {
  runtime.state.triggers = runtime.state.triggers.filter((t) => !(t.handler === 'onScheduleTick' && t.owner === owner));
}

/** The year as it runs: the run being recorded, and what the teacher and students do to it. */
interface Year {
  run: YearRun;
  options: YearOptions;
  formId: string;
  owner: string;
  newcomers: number;
  added: number;
}

function submit(year: Year, response: StudentResponse): void {
  for (const result of submitFormResponse(year.run.runtime, year.formId, response)) if (result.record.outcome !== 'ok') throw new Error(`onSurveySubmit: ${result.error}`);
  const email = response.email.toLowerCase();
  year.run.people.set(email, { first: String(response.answers['First name']), last: String(response.answers['Last name']), email });
}

/** At a week's start: the co-teacher's take-over, the trigger off and back, resources added from the sidebar, students typed into the roster. */
function weekStarts(year: Year, week: number): void {
  const { runtime } = year.run;
  if (week === TAKE_OVER_WEEK) {
    ok(runtime.run('takeOverSchedule', [], { user: CO_TEACHER }).value as Result<SendingState>, 'takeOverSchedule');
    year.owner = CO_TEACHER;
  }
  if (week === TRIGGER_OFF_WEEK) triggerOff(runtime, year.owner);
  if (week === TRIGGER_OFF_WEEK + 1) ok(runtime.run('saveSchedule', [SCHEDULE], { user: year.owner }).value as Result<SendingState>, 'saveSchedule again');
  for (let i = 0; week % 2 === 1 && i < ADDED_PER_FORTNIGHT && DEMO_RESOURCES + year.added < year.options.resources; i += 1, year.added += 1) {
    ok(runOk<Result<unknown>>(runtime, 'addResource', addedResource(year.added)), 'addResource');
  }
  if (week % NEW_ROWS_EVERY === 3) {
    const start = tabRecords(runtime, 'Students').length;
    appendByHeader(runtime.state, 'Students', [0, 1].map((i) => ({ ID: `stu-new-${start + i}`, 'First name': `Newcomer${start + i}`, 'Last name': 'Typed', Email: `typed.${start + i}@students.example.edu`, Section: 'Period 2', Interests: 'robotics, coding' })));
  }
}

/** On an active day: a response (every fourth from a new student) and a check-in, logged by the teacher or the co-teacher in turn. */
function activeDay(year: Year, week: number, day: number, roster: readonly string[]): void {
  const { run } = year;
  const index = ((week * 7 + day) * 7) % roster.length;
  const interest = `interest ${week}-${day}`;
  let response: StudentResponse;
  if ((week + day) % 4 === 0) {
    year.newcomers += 1;
    response = { email: `newcomer.${year.newcomers}@students.example.edu`, answers: { 'First name': 'Noor', 'Last name': `Haddad${year.newcomers}`, [INTERESTS]: interest } };
  } else {
    response = rosterResponse(run.runtime, index, { [INTERESTS]: interest });
  }
  submit(year, response);
  run.responses.push({ email: response.email.toLowerCase(), interest, at: run.runtime.state.clock.now });
  const requestId = `year-${week}-${day}`;
  const user = day % 2 === 0 ? run.runtime.state.user.email : CO_TEACHER;
  ok(run.runtime.run('logCheckIn', [{ studentId: roster[(index + 3) % roster.length], kind: 'greeting', note: `Week ${week + 1}`, requestId }], { user }).value as Result<unknown>, 'logCheckIn');
  run.checkIns.push(requestId);
}

/** The cycle under way or last finished, with the roster when it was first seen (its students). */
function noteCycle(run: YearRun, roster: string[]): void {
  const cycle = sendingState(run.runtime).cycle;
  if (!cycle) return;
  const seen = run.cycles.get(cycle.id);
  run.cycles.set(cycle.id, { status: cycle.status, roster: seen?.roster ?? roster, startedAt: cycle.startedAt });
}

/** Runs the year a day at a time (every hourly tick fires), collecting the runtime's logs as it goes. */
export function runSchoolYear(options: YearOptions): YearRun {
  const runtime = benchClass(options.students, YEAR_START);
  const formId = createSurveyOn(runtime);
  ok(runOk<Result<SendingState>>(runtime, 'saveSchedule', SCHEDULE), 'saveSchedule');
  const run: YearRun = { runtime, cycles: new Map(), responses: [], optOut: null, checkIns: [], collector: new LogCollector(runtime), people: new Map() };
  const year: Year = { run, options, formId, owner: runtime.state.user.email, newcomers: 0, added: 0 };
  rememberRoster(runtime, run.people);
  for (let week = 0; week < options.weeks; week += 1) {
    weekStarts(year, week);
    for (let day = 0; day < 7; day += 1) {
      advanceClock(runtime, DAY);
      const roster = rememberRoster(runtime, run.people);
      noteCycle(run, roster);
      if (ACTIVE_DAYS.includes(day)) activeDay(year, week, day, roster);
      if (week === OPT_OUT.week && day === OPT_OUT.day) {
        const response = rosterResponse(runtime, OPT_OUT.rosterRow, { [EMAIL_ME]: 'No' });
        submit(year, response);
        run.optOut = { email: response.email.toLowerCase(), interest: '', at: runtime.state.clock.now };
      }
      run.collector.collect();
    }
  }
  return run;
}

const count = <T>(items: readonly T[], key: (item: T) => string) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

/** The year's invariants, each a claim with what was measured. */
export function yearClaims(run: YearRun, options: YearOptions): Claim[] {
  const { runtime } = run;
  const sentLog = tabRecords(runtime, 'Sent log');
  const students = tabRecords(runtime, 'Students');
  const byEmail = new Map(students.map((s) => [String(s.Email).toLowerCase(), s]));
  const cycles = [...run.cycles];
  const incomplete = cycles.filter(([id, cycle]) => {
    const rows = sentLog.filter((r) => r.Cycle === id);
    const settled = new Set(rows.filter((r) => ['sent', 'skipped', 'failed'].includes(String(r.Status))).map((r) => String(r['Student ID'])));
    return cycle.status !== 'done' || rows.some((r) => r.Status === 'planned' || r.Status === 'unknown') || cycle.roster.some((id) => !settled.has(id));
  });
  const repeatedInLog = [...count(sentLog.filter((r) => r.Status === 'sent'), (r) => `${r['Student ID']} ${r['Resource ID']}`).values()].filter((n) => n > 1).length;
  const studentMail = runtime.state.mail.outbox.filter((m) => !m.to.includes(runtime.state.user.email) && !m.to.includes(CO_TEACHER));
  const library = new Set(tabRecords(runtime, 'Resources').map((r) => String(r.URL)));
  const linksSent = studentMail.flatMap((m) => [...new Set(m.body.match(/https:\/\/\S+/g) ?? [])].filter((url) => library.has(url)).map((url) => `${m.to[0].toLowerCase()} ${url}`));
  const repeatedInMail = [...count(linksSent, (l) => l).values()].filter((n) => n > 1).length;
  const unmerged = run.responses.filter((r) => !String(byEmail.get(r.email)?.Interests ?? '').toLowerCase().includes(r.interest));
  const afterOptOut = run.optOut ? studentMail.filter((m) => m.sentAt > run.optOut!.at && m.to.some((to) => to.toLowerCase() === run.optOut!.email)).length : -1;
  const checkIns = count(tabRecords(runtime, 'Check-ins'), (r) => String(r['Request ID']));
  const checkInsOnce = run.checkIns.filter((id) => checkIns.get(id) === 1).length;
  const offHour = cycles.filter(([id]) => !id.endsWith(' 10:00'));
  const ticks = runtime.state.triggers.filter((t) => t.handler === 'onScheduleTick');
  const fromCoTeacherAfterTakeOver = studentMail.filter((m) => m.sentAt >= YEAR_START + TAKE_OVER_WEEK * 7 * DAY + 7 * DAY);
  const leaks = studentDataIn(collectedTexts(run.collector), [...run.people.values()]);
  const expectedCycles = Math.floor(options.weeks / SCHEDULE.everyWeeks) - 1;
  const librarySize = tabRecords(runtime, 'Resources').length;
  const offFrom = YEAR_START + TRIGGER_OFF_WEEK * 7 * DAY;
  const startedIn = (from: number, to: number) => cycles.filter(([, c]) => Date.parse(c.startedAt) >= from && Date.parse(c.startedAt) < to).length;
  const whileOff = startedIn(offFrom, offFrom + 7 * DAY);
  const onReturn = startedIn(offFrom + 7 * DAY, offFrom + 8 * DAY);
  const perCycle = cycles.map(([id]) => new Set(sentLog.filter((r) => r.Cycle === id && r.Status === 'sent').map((r) => r['Student ID'])).size);
  return [
    { claim: `${options.weeks} weeks, ${options.students} students, ${options.resources} resources: cycles run / every one complete (done, every student then on the roster sent, skipped or failed, nothing planned or unknown left)`, measured: `${cycles.length} / ${cycles.length - incomplete.length}`, bound: `≥ ${expectedCycles} / all`, holds: cycles.length >= expectedCycles && incomplete.length === 0 },
    { claim: `  …library at the year's end (${DEMO_RESOURCES} at the start, the rest added from the sidebar)`, measured: String(librarySize), bound: `${options.resources}`, holds: librarySize === options.resources },
    { claim: '  …student emails sent (fewest / most in a cycle) / a resource sent twice to a student (Sent log, emails)', measured: `${studentMail.length} (${Math.min(...perCycle)} / ${Math.max(...perCycle)}) / ${repeatedInLog}, ${repeatedInMail}`, bound: '0, 0', holds: studentMail.length > 0 && repeatedInLog === 0 && repeatedInMail === 0 },
    { claim: '  …cycles started in the week without the trigger / on the day it came back (the missed slot, once)', measured: `${whileOff} / ${onReturn}`, bound: '0 / 1', holds: whileOff === 0 && onReturn === 1 },
    { claim: '  …survey responses merged (new students added, roster rows updated)', measured: `${run.responses.length - unmerged.length} / ${run.responses.length}`, bound: 'all', holds: unmerged.length === 0 && run.responses.length > 0 },
    { claim: '  …emails after a student answered No to emails', measured: String(afterOptOut), bound: '0', holds: afterOptOut === 0 },
    { claim: '  …check-ins logged once (teacher and co-teacher)', measured: `${checkInsOnce} / ${run.checkIns.length}`, bound: 'all', holds: checkInsOnce === run.checkIns.length },
    { claim: '  …cycles starting at 10:00 local across both daylight-saving changes', measured: `${cycles.length - offHour.length} / ${cycles.length}`, bound: 'all', holds: offHour.length === 0 },
    { claim: '  …after the co-teacher took over: hourly triggers left / student emails not from the co-teacher', measured: `${ticks.length} (${ticks.map((t) => t.owner).join(', ')}) / ${fromCoTeacherAfterTakeOver.filter((m) => m.from !== CO_TEACHER).length}`, bound: '1 / 0', holds: ticks.length === 1 && ticks[0].owner === CO_TEACHER && fromCoTeacherAfterTakeOver.length > 0 && fromCoTeacherAfterTakeOver.every((m) => m.from === CO_TEACHER) },
    { claim: '  …log lines and execution records holding a student email or name', measured: `${leaks.length} of ${run.collector.logs.length} lines, ${run.collector.executions.length} records`, bound: '0', holds: leaks.length === 0 && run.collector.executions.length > 0 },
  ];
}

export function yearSection(options: YearOptions): Section {
  const started = Date.now();
  const run = runSchoolYear(options);
  const section = claimsSection('A school year', yearClaims(run, options));
  section.title += ` (${((Date.now() - started) / 1000).toFixed(0)} s)`;
  return section;
}
