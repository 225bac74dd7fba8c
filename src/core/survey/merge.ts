// The merge policy: each survey response into its student's row, matched by email, without overwriting what the teacher typed.
import type { Cell } from '../cells';
import type { ColumnMap } from '../headers';
import { STUDENTS, columnSpec } from '../schema';
import { isValidEmail } from '../students';
import { FIRST_DATA_ROW, cellOf, type TabValues } from '../table';
import { answerEntries, answerText, emailKey, isBlankAnswer, storedText, type SurveyAnswer } from './answers';
import type { SurveyDefinition } from './definition';
import { mergeRule, YES_NO, type MergeRule } from './questions';
import { hasMerged, textHash } from './record';
import { displayName, editableRow, rowChange, sealRow, setCell, textAt, type EditableRow, type RowChange } from './row-edit';

/** One response as FormApp holds it. */
export interface SurveyResponse {
  formId: string;
  responseId: string;
  /** Submission time, ms. */
  timestamp: number;
  /** The respondent's address as the Form collected it. */
  email: string;
  /** Answers to the survey's mapped items, by item id. */
  answers: Record<string, SurveyAnswer>;
  /** How many questions the response answers, mapped or not: 0 is an empty response. */
  answeredCount: number;
}

export interface MergeNotice {
  responseId: string;
  /** The response's submission time, ms. */
  at: number;
  message: string;
}

export interface MergeInput {
  students: TabValues;
  map: ColumnMap;
  surveys: readonly SurveyDefinition[];
  responses: readonly SurveyResponse[];
  /** A new student id, unique among the roster's. */
  newId: () => string;
}

export interface MergeResult {
  /** Existing rows' changed cells. */
  changes: RowChange[];
  /** Full rows to append, one per new student, in the order they answered. */
  newRows: Cell[][];
  /** Responses merged in this run (not counting those merged before). */
  merged: number;
  notices: MergeNotice[];
}

const SEPARATORS: Record<'list' | 'events', { split: RegExp; join: string }> = {
  list: { split: /[,;\n]/, join: ', ' },
  events: { split: /[;\n]/, join: '; ' },
};

/** Columns a survey maps that the Students tab lacks, plus the record column: merging waits until set-up adds them, so no answer is dropped. */
export function missingSurveyColumns(map: ColumnMap, surveys: readonly SurveyDefinition[]): string[] {
  const keys = new Set(['surveyRecord', 'email', 'id', ...surveys.flatMap((s) => s.items.map((i) => i.column).filter((c): c is string => c !== null))]);
  return [...keys].filter((key) => map.index[key] === undefined).map((key) => columnSpec(STUDENTS, key).header);
}

interface Context {
  map: ColumnMap;
  response: SurveyResponse;
  notices: MergeNotice[];
  who: string;
}

function notice(ctx: Context, message: string): void {
  ctx.notices.push({ responseId: ctx.response.responseId, at: ctx.response.timestamp, message });
}

/** Stores text, cut with a marker (and a notice) when a cell cannot hold it. */
function storeText(ctx: Context, edit: EditableRow, key: string, title: string, text: string, answer: SurveyAnswer): string {
  const stored = storedText(text);
  if (stored.cut) {
    const length = answerText(answer).length.toLocaleString('en-US');
    notice(ctx, `${ctx.who}'s answer to "${title}" is ${length} characters, more than a cell holds: ${columnSpec(STUDENTS, key).header} keeps the start, marked as cut. The whole answer is in the Form.`);
  }
  setCell(ctx.map, edit, key, stored.text);
  return stored.text;
}

/**
 * A single-valued field: filled when empty; replaced when it still holds what the last merge
 * wrote (the student changed their answer); otherwise the teacher edited it, so it is kept and
 * the answer waits as a conflict for the teacher to accept or dismiss.
 */
function mergeSingle(ctx: Context, edit: EditableRow, key: string, title: string, answer: SurveyAnswer): void {
  const text = answerText(answer);
  const current = textAt(ctx.map, edit, key);
  const { record } = edit;
  if (current === storedText(text).text) {
    record.wrote[key] = textHash(current);
    delete record.conflicts[key];
  } else if (current === '' || record.wrote[key] === textHash(current)) {
    record.wrote[key] = textHash(storeText(ctx, edit, key, title, text, answer));
    delete record.conflicts[key];
  } else {
    record.conflicts[key] = { formId: ctx.response.formId, responseId: ctx.response.responseId };
  }
}

/** A multi-valued field: the teacher's text kept as typed, new entries appended, none repeated in another case. */
function mergeList(ctx: Context, edit: EditableRow, key: string, title: string, answer: SurveyAnswer, rule: 'list' | 'events'): void {
  const { split, join } = SEPARATORS[rule];
  const current = textAt(ctx.map, edit, key);
  const seen = new Set(answerEntries(current, split).map((e) => e.toLowerCase()));
  const entries = answerEntries(answer, split);
  const added: string[] = [];
  for (const entry of entries) {
    if (seen.has(entry.toLowerCase())) continue;
    seen.add(entry.toLowerCase());
    added.push(entry);
  }
  if (added.length === 0) return;
  // Nothing dropped: the answer goes in as the student typed it, its own separators and spacing kept.
  const addition = added.length === entries.length ? answerText(answer) : added.join(join);
  storeText(ctx, edit, key, title, [current, addition].filter(Boolean).join(join), answer);
}

/** "Email me resources": Yes clears Opt out, No ticks it; the student's own choice, applied as given. */
function mergeOptOut(ctx: Context, edit: EditableRow, answer: SurveyAnswer): void {
  const text = answerText(answer);
  if (!YES_NO.includes(text as (typeof YES_NO)[number])) return;
  const optOut = text === 'No';
  if (cellOf(ctx.map, edit.cells, 'optOut') !== optOut) setCell(ctx.map, edit, 'optOut', optOut);
}

function applyAnswer(ctx: Context, edit: EditableRow, column: string, title: string, answer: SurveyAnswer): void {
  const rule = mergeRule(column) as MergeRule;
  if (rule === 'single') mergeSingle(ctx, edit, column, title, answer);
  else if (rule === 'optOut') mergeOptOut(ctx, edit, answer);
  else mergeList(ctx, edit, column, title, answer, rule);
}

function when(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

/**
 * Merges responses oldest first (a later answer wins). A response already listed in its
 * student's record is skipped, so merging the same responses again changes nothing. A response
 * whose address is not one is reported and left in the Form; an empty one changes nothing and is
 * reported. A new address gets a new row and id; a row merged into without an id gets one too.
 */
export function mergeResponses(input: MergeInput): MergeResult {
  const { map } = input;
  const surveys = new Map(input.surveys.map((s) => [s.formId, s]));
  const rows: EditableRow[] = input.students.rows.map((cells, i) => editableRow(map, cells, i + FIRST_DATA_ROW));
  const byEmail = new Map<string, EditableRow>();
  for (const edit of rows) {
    const key = emailKey(textAt(map, edit, 'email'));
    if (key && !byEmail.has(key)) byEmail.set(key, edit);
  }
  const added: EditableRow[] = [];
  const notices: MergeNotice[] = [];
  let merged = 0;
  const ordered = [...input.responses].sort((a, b) => a.timestamp - b.timestamp || (a.responseId < b.responseId ? -1 : 1));
  for (const response of ordered) {
    const survey = surveys.get(response.formId);
    if (!survey) continue;
    const email = response.email.replace(/\p{Cf}/gu, '').trim();
    const ctx: Context = { map, response, notices, who: email };
    if (!isValidEmail(emailKey(email))) {
      notice(ctx, `A response submitted ${when(response.timestamp)} has no usable email address ("${email.slice(0, 80)}"), so Rapport cannot tell whose it is. It stays in the Form.`);
      continue;
    }
    let edit = byEmail.get(emailKey(email));
    if (edit && hasMerged(edit.record, response.formId, response.responseId)) continue;
    const answered = survey.items.filter((item) => !isBlankAnswer(response.answers[String(item.itemId)]));
    if (response.answeredCount === 0 && answered.length === 0) {
      notice(ctx, `${edit ? displayName(map, edit) : email} sent an empty response (${when(response.timestamp)}); nothing changed.`);
      if (!edit) continue;
    }
    if (!edit) {
      edit = editableRow(map, [], null);
      setCell(map, edit, 'email', email);
      byEmail.set(emailKey(email), edit);
      added.push(edit);
    }
    if (!textAt(map, edit, 'id')) setCell(map, edit, 'id', input.newId());
    ctx.who = displayName(map, edit) || email;
    for (const item of answered) {
      if (item.column) applyAnswer(ctx, edit, item.column, item.title, response.answers[String(item.itemId)]);
      ctx.who = displayName(map, edit) || email;
    }
    (edit.record.merged[response.formId] ??= []).push(response.responseId);
    merged += 1;
  }
  const changes = rows.filter((edit) => sealRow(map, edit)).map((edit) => rowChange(edit as EditableRow & { row: number }));
  for (const edit of added) sealRow(map, edit);
  return { changes, newRows: added.map((edit) => edit.cells), merged, notices };
}
