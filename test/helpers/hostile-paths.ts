// Every way a student's or teacher's text enters Rapport, fed one hostile string at a time: what was accepted, and every refusal with its message.
import { csvRecords } from '../../src/local/cli/commands/import';
import { appendByHeader } from '../../src/local/demo/by-header';
import type { LocalRuntime } from '../../src/local/runtime/runtime';
import { advanceClock } from '../../src/local/runtime/scheduler';
import type { Problem, Result } from '../../src/shared/rpc';
import { addRows } from '../server/class-fixture';
import { answer, CAREERS, FIRST, GOALS, INTERESTS, LAST } from '../server/survey-fixture';

/** One refusal: the value (cut for the report), the field it was typed in, and what the teacher was told. */
export interface Refusal {
  path: string;
  field: string;
  value: string;
  message: string;
}

export interface PathTally {
  path: string;
  /** Wall-clock time the path took, for the proof's report. */
  seconds?: number;
  tried: number;
  accepted: number;
  refused: Refusal[];
  /** The accepted values whose use was emailed (a test send per accepted template), in the outbox's order. */
  emailed: string[];
}

/** The public profile columns a teacher types or imports text into (Opt out, dates and ids are not free text). */
export const ROSTER_TEXT_COLUMNS = ['First name', 'Last name', 'Section', 'Grade or major', 'Interests', 'Career path', 'Goals', 'How we can help'];

/** Interests that always match the library's shared tag, so every hostile student is emailed picks. */
export const SHARED_TAG = 'robotics';

/** The text with the shared tag; text too long to share a cell with it is given alone (`alone`) or replaced by the tag. */
function withShared(text: string, alone = false): string {
  if (text.length < 40_000) return `${SHARED_TAG}, ${text}`;
  return alone ? text : SHARED_TAG;
}

/** A student whose every profile text is `text`; `key` makes id and address unique per path. */
export function hostileStudent(key: string, i: number, text: string): Record<string, string> {
  const values = Object.fromEntries(ROSTER_TEXT_COLUMNS.map((column) => [column, text]));
  return { ...values, Interests: withShared(text), ID: `${key}-${i}`, Email: `${key}${i}@school.example` };
}

function tally(path: string): PathTally {
  return { path, tried: 0, accepted: 0, refused: [], emailed: [] };
}

function refusal(path: string, field: string, value: string, message: string): Refusal {
  return { path, field, value: value.slice(0, 60), message };
}

/** Sheets' own refusal of a cell over 50,000 characters (typing or pasting it fails in the sheet itself). */
function sheetsRefusal(error: unknown): string | null {
  const message = error instanceof Error ? error.message : String(error);
  return /more than the maximum of 50000 characters/.test(message) ? message : null;
}

/** The teacher types one row per string into a tab (the runtime's typed-input path; set-up made the text columns plain text). */
function typeRows(runtime: LocalRuntime, path: string, tabName: string, strings: readonly string[], row: (text: string, i: number) => Record<string, unknown>): PathTally {
  const result = tally(path);
  strings.forEach((text, i) => {
    result.tried += 1;
    try {
      addRows(runtime, tabName, [row(text, i)]);
      result.accepted += 1;
    } catch (error) {
      const message = sheetsRefusal(error);
      if (!message) throw error;
      result.refused.push(refusal(result.path, 'the cell (Sheets)', text, message));
    }
  });
  return result;
}

export function typeRoster(runtime: LocalRuntime, strings: readonly string[]): PathTally {
  return typeRows(runtime, 'roster typed', 'Students', strings, (text, i) => hostileStudent('typed', i, text));
}

/** One CSV field, quoted as spreadsheets export it. */
function csvField(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** The teacher imports a CSV of the students (`npm run cli -- import Students file.csv`), one file per string. */
export function importRoster(runtime: LocalRuntime, strings: readonly string[]): PathTally {
  const result = tally('roster imported (CSV)');
  strings.forEach((text, i) => {
    result.tried += 1;
    const record = hostileStudent('csv', i, text);
    const csv = `${Object.keys(record).map(csvField).join(',')}\r\n${Object.values(record).map(csvField).join(',')}\r\n`;
    try {
      appendByHeader(runtime.state, 'Students', csvRecords(csv, 'students.csv'));
      result.accepted += 1;
    } catch (error) {
      const message = (error as Error).message;
      const field = ROSTER_TEXT_COLUMNS.find((column) => message.includes(`"${column}"`)) ?? '';
      result.refused.push(refusal(result.path, field, text, message));
    }
  });
  return result;
}

/**
 * Each string as a student's answers on the survey's Forms page (the form-submit trigger merges them),
 * a quarter of an hour apart: hundreds in one day would pass a consumer account's 90 minutes of trigger runtime.
 */
export function answerSurvey(runtime: LocalRuntime, formId: string, strings: readonly string[]): PathTally {
  const result = tally('form answers');
  strings.forEach((text, i) => {
    result.tried += 1;
    advanceClock(runtime, 15 * 60_000);
    try {
      answer(runtime, formId, `form${i}@school.example`, { [FIRST]: text, [LAST]: text, [INTERESTS]: withShared(text), [CAREERS]: text, [GOALS]: text });
      result.accepted += 1;
    } catch (error) {
      const message = (error as Error).message;
      result.refused.push(refusal(result.path, /characters/.test(message) ? 'the answer (Forms page)' : '', text, message));
    }
  });
  return result;
}

/** A sidebar call's refusals, one per problem; a problem is named when it carries the field or its message says it. */
function problemsOf(path: string, value: string, problems: readonly Problem[]): Refusal[] {
  return problems.map((p) => refusal(path, p.column ?? '', value, p.message));
}

function call<T>(runtime: LocalRuntime, entryPoint: string, ...args: unknown[]): Result<T> {
  const run = runtime.run(entryPoint, args);
  if (run.record.outcome !== 'ok') throw new Error(`${entryPoint} crashed (${run.record.outcome}): ${run.error}`);
  return run.value as Result<T>;
}

/** The sidebar's "Add resource" with the string as title, link, tags and description in turn. */
export function addResources(runtime: LocalRuntime, strings: readonly string[]): PathTally[] {
  const fields = [
    ['resource title', 'title'],
    ['resource URL', 'url'],
    ['resource tags', 'tags'],
    ['resource description', 'description'],
  ] as const;
  return fields.map(([path, field]) => {
    const result = tally(path);
    strings.forEach((text, i) => {
      result.tried += 1;
      const input = { title: `Resource ${i}`, url: `https://example.org/${field}/${i}`, type: 'article', tags: SHARED_TAG, level: 'intro', description: '', [field]: field === 'tags' ? withShared(text, true) : text };
      const added = call(runtime, 'addResource', input);
      if (added.ok) result.accepted += 1;
      else result.refused.push(...problemsOf(path, text, added.problems));
    });
    return result;
  });
}

/** The teacher types resources straight into the Resources tab: the string as title and tags. */
export function typeResources(runtime: LocalRuntime, strings: readonly string[]): PathTally {
  return typeRows(runtime, 'resources typed', 'Resources', strings, (text, i) => ({ ID: `typed-res-${i}`, Title: text, URL: `https://example.org/typed/${i}`, Type: 'article', Tags: withShared(text), Active: true }));
}

/** The three template inputs: each string saved as the subject, as a line of the body, and as the news. */
const TEMPLATE_FIELDS: { path: string; settings: (text: string) => Record<string, unknown> }[] = [
  { path: 'template subject', settings: (text) => ({ subject: text, body: '{{Resources}}' }) },
  { path: 'template body', settings: (text) => ({ subject: 'Picks for {{First name}}', body: `${text}\n{{Resources}}` }) },
  { path: "teacher's news", settings: (text) => ({ subject: 'Picks for {{First name}}', body: '{{Resources}}\n{{News}}', news: { professional: text, profound: text, personal: text } }) },
];

/**
 * Saves each string in each template field and, when it is accepted, sends the teacher a test of
 * `studentId`'s email with it (MailApp's checks included), so every accepted template reaches the outbox.
 */
export function saveTemplates(runtime: LocalRuntime, strings: readonly string[], studentId: string): PathTally[] {
  return TEMPLATE_FIELDS.map(({ path, settings }) => {
    const result = tally(path);
    for (const text of strings) {
      result.tried += 1;
      const saved = call(runtime, 'saveEmailSettings', settings(text));
      if (!saved.ok) {
        result.refused.push(...problemsOf(path, text, saved.problems));
        continue;
      }
      result.accepted += 1;
      const sent = call(runtime, 'sendTestEmail', studentId);
      if (!sent.ok) throw new Error(`sendTestEmail refused an accepted ${path} ${JSON.stringify(text.slice(0, 60))}: ${sent.problems[0].message}`);
      result.emailed.push(text);
    }
    return result;
  });
}

/** A check-in's note from the sidebar. */
export function logCheckIns(runtime: LocalRuntime, strings: readonly string[], studentId: string): PathTally {
  const result = tally('check-in note');
  for (const note of strings) {
    result.tried += 1;
    const logged = call(runtime, 'logCheckIn', { studentId, kind: 'greeting', note });
    if (logged.ok) result.accepted += 1;
    else result.refused.push(...problemsOf(result.path, note, logged.problems));
  }
  return result;
}

/** The fields a refusal may name for each path (a problem names one when its column or its message does). */
const FIELD_NAMES: Record<string, RegExp> = {
  'resource title': /title/i,
  'resource URL': /url|link/i,
  'resource tags': /tags?/i,
  'resource description': /description/i,
  'template subject': /subject/i,
  'template body': /body|line|placeholder|\{\{/i,
  "teacher's news": /something (professional|profound|personal)/i,
  'check-in note': /note/i,
};

/** Refusals that do not say which field was at fault (must be none). */
export function unnamedRefusals(tallies: readonly PathTally[]): Refusal[] {
  return tallies.flatMap((t) =>
    t.refused.filter((r) => {
      const names = FIELD_NAMES[t.path];
      if (names) return !names.test(r.field) && !names.test(r.message);
      return r.field === '';
    }),
  );
}
