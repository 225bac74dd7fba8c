// What happens outside the add-on's own calls: time passing (clock triggers) and students submitting forms.
import type { ExecutionRecord } from './execution';
import type { Fault } from './faults';
import type { AuthMode } from './context';
import { MESSAGES } from './errors';
import type { LocalRuntime, RunOptions, RunResult } from './runtime';
import type { SheetState, SpreadsheetState, TriggerState } from './state';
import { editEvent, eventText, openEvent, spreadsheetFormSubmitEvent, timeDrivenEvent, type TriggerEvent } from './trigger-events';
import { chargeTriggerRuntime, hasTriggerRuntimeLeft } from './trigger-quota';
import { answersByItemId, recordResponse, type Answer } from '../services/form-responses';
import { nextRunAfter } from '../services/trigger-schedule';
import { columnLetters } from '../services/spreadsheet/a1';
import { writeCell } from '../services/spreadsheet/state-access';

/** failAt and failAfter apply to the first execution fired; killKeepsWrites to every kill. */
export type AdvanceOptions = Fault;

/** The fault for the next execution fired: failAt/failAfter only once, the kill outcome always. */
function faultsInTurn(options: AdvanceOptions): () => Fault {
  let first = true;
  return () => {
    const fault = first ? options : { killKeepsWrites: options.killKeepsWrites };
    first = false;
    return fault;
  };
}

export interface StudentResponse {
  email: string;
  /** Answers by question title; a checkbox question takes a list. */
  answers: Record<string, Answer>;
}

/** An execution that fails before any of its code runs, logged as Apps Script logs it. */
function failedAtStart(runtime: LocalRuntime, label: string, message: string): RunResult {
  const at = new Date(runtime.state.clock.now).toISOString();
  const record: ExecutionRecord = { id: runtime.state.nextId++, entryPoint: label, startedAt: at, endedAt: at, outcome: 'error', message, calls: {} };
  runtime.state.executions.push(record);
  return { record, error: message };
}

/**
 * Runs a triggered execution within its user's daily trigger runtime quota (trigger-quota.ts):
 * refused at once when the day's allowance is spent, otherwise run and its virtual runtime
 * charged. Simple triggers count too ("Simple triggers are subject to Apps Script trigger quota
 * limits", triggers guide [C]).
 */
function runTriggered(runtime: LocalRuntime, handler: string, event: TriggerEvent, options: RunOptions & { user: string; label: string }): RunResult {
  const { state } = runtime;
  if (!hasTriggerRuntimeLeft(state, options.user, state.clock.now)) {
    return failedAtStart(runtime, options.label, `Exception: ${MESSAGES.dailyRuntime}`);
  }
  const startedAt = state.clock.now;
  const result = runtime.run(handler, [event.data], { ...options, eventObjects: event.objects });
  chargeTriggerRuntime(state, options.user, startedAt, state.clock.now - startedAt);
  return result;
}

/**
 * Runs a trigger's handler as its owner, as installable triggers run [C]. A handler the bundle no
 * longer has fails the way Apps Script reports it, "Script function not found: name" [P], as a
 * logged execution rather than an exception, so one bad trigger does not stop the others.
 */
function fire(runtime: LocalRuntime, trigger: TriggerState, event: TriggerEvent, fault: Fault = {}): RunResult {
  const label = `trigger:${trigger.handler}`;
  if (!runtime.entryPoints().includes(trigger.handler)) return failedAtStart(runtime, label, `Script function not found: ${trigger.handler}`);
  return runTriggered(runtime, trigger.handler, event, { ...fault, user: trigger.owner, label });
}

/** The clock trigger due soonest at or before `end`, earliest created first on a tie. */
function nextDue(triggers: readonly TriggerState[], end: number): TriggerState | null {
  let due: TriggerState | null = null;
  for (const trigger of triggers) {
    if (trigger.eventType !== 'CLOCK' || trigger.nextRun === undefined || trigger.nextRun > end) continue;
    if (!due || trigger.nextRun < (due.nextRun as number)) due = trigger;
  }
  return due;
}

/**
 * Moves the virtual clock forward by `ms`, firing every clock trigger that falls due on the way,
 * in time order. Each fires with the clock set to its time (or later, when an earlier execution
 * ran past it), with a time-driven event object. A repeating trigger is rescheduled before its
 * handler runs, so that a handler may delete or replace it; a one-off trigger is removed, as Apps
 * Script removes it once it has fired. The clock ends at start + ms, or later if an execution ran
 * past that. `failAt`/`failAfter` apply to the first execution fired, `killKeepsWrites` to all.
 */
export function advanceClock(runtime: LocalRuntime, ms: number, options: AdvanceOptions = {}): RunResult[] {
  const { state } = runtime;
  const end = state.clock.now + ms;
  const results: RunResult[] = [];
  const nextFault = faultsInTurn(options);
  for (let trigger = nextDue(state.triggers, end); trigger; trigger = nextDue(state.triggers, end)) {
    const scheduled = trigger.nextRun as number;
    state.clock.now = Math.max(state.clock.now, scheduled);
    const timeZone = trigger.clock?.timeZone ?? state.user.scriptTimeZone;
    const next = trigger.clock ? nextRunAfter(trigger.clock, trigger.uid, scheduled, timeZone) : undefined;
    if (next === undefined) state.triggers = state.triggers.filter((held) => held !== trigger);
    else trigger.nextRun = next;
    results.push(fire(runtime, trigger, timeDrivenEvent(trigger, state.clock.now, state.user.scriptTimeZone), nextFault()));
  }
  state.clock.now = Math.max(state.clock.now, end);
  return results;
}

/**
 * What a student's submission does. The answers are checked as the Forms page checks them (every
 * title names a question, required questions answered, choices among the choices; an Error names
 * what is wrong); the response is stored in the form and appended to the destination tab; then
 * each ON_FORM_SUBMIT trigger on the destination spreadsheet fires, in creation order, with a
 * spreadsheet form-submit event. (A trigger on the form itself cannot exist: an add-on may create
 * triggers only for the document it runs in, trigger-rules.ts.)
 *
 * Only a person's submission fires triggers: FormResponse.submit() from code records a response
 * but fires nothing (installable triggers guide [C]), which is why tests submit through here.
 */
export function submitFormResponse(runtime: LocalRuntime, formId: string, response: StudentResponse, options: AdvanceOptions = {}): RunResult[] {
  const { state } = runtime;
  const form = state.forms[formId];
  if (!form) throw new Error(`No form with id "${formId}". The forms are: ${Object.keys(state.forms).join(', ') || '(none)'}.`);
  if (!form.acceptingResponses) throw new Error(`The form "${form.title}" is not accepting responses.`);
  const answers = answersByItemId(form, response.email, response.answers);
  const recorded = recordResponse(state, form, response.email.trim(), answers);
  const results: RunResult[] = [];
  const nextFault = faultsInTurn(options);
  for (const trigger of [...state.triggers]) {
    // A handler that ran earlier in this loop may have deleted this trigger.
    if (trigger.eventType !== 'ON_FORM_SUBMIT' || !state.triggers.includes(trigger)) continue;
    if (!recorded.row || trigger.sourceId !== recorded.row.spreadsheetId) continue;
    results.push(fire(runtime, trigger, spreadsheetFormSubmitEvent(trigger, recorded.row), nextFault()));
  }
  return results;
}

/** The simple-trigger limit: "They cannot run for longer than 30 seconds" (triggers guide [C]). */
export const SIMPLE_TRIGGER_LIMIT_MS = 30 * 1000;

/** Who acts in the spreadsheet, and in which mode its simple trigger runs. */
export interface OpenOptions {
  /** Who opens or edits the spreadsheet (default: the workspace's teacher). */
  user?: string;
  /**
   * LIMITED when the add-on is enabled in this document, NONE when the user installed it
   * elsewhere but has not used it here (AuthMode reference [C]). Default LIMITED.
   */
  authMode?: Exclude<AuthMode, 'FULL'>;
}

/** The add-on's spreadsheet, which the teacher opens and types into. */
function boundSpreadsheetOf(runtime: LocalRuntime): SpreadsheetState {
  const { state } = runtime;
  const spreadsheet = state.activeSpreadsheetId === null ? undefined : state.spreadsheets[state.activeSpreadsheetId];
  if (!spreadsheet) throw new Error('The workspace has no spreadsheet bound to the add-on.');
  return spreadsheet;
}

/**
 * A person's action in the spreadsheet (opening it, editing a cell): the bundle's simple trigger
 * `simple` runs as that person, in the given mode (LIMITED by default), with a 30-second limit;
 * then each installable trigger of `eventType` on that spreadsheet fires as its owner in
 * AuthMode.FULL with its triggerUid (triggers guide [C]).
 */
function userActionTriggers(
  runtime: LocalRuntime,
  spreadsheet: SpreadsheetState,
  simple: 'onOpen' | 'onEdit',
  eventType: TriggerState['eventType'],
  options: OpenOptions,
  eventFor: (authMode: AuthMode, user: string, trigger?: TriggerState) => TriggerEvent,
): RunResult[] {
  const { state } = runtime;
  const user = options.user ?? state.user.email;
  const authMode = options.authMode ?? 'LIMITED';
  const results: RunResult[] = [];
  if (runtime.entryPoints().includes(simple)) {
    results.push(runTriggered(runtime, simple, eventFor(authMode, user), { user, authMode, label: `simple:${simple}`, limitMs: SIMPLE_TRIGGER_LIMIT_MS }));
  }
  for (const trigger of [...state.triggers]) {
    if (trigger.eventType !== eventType || trigger.sourceId !== spreadsheet.id || !state.triggers.includes(trigger)) continue;
    results.push(fire(runtime, trigger, eventFor('FULL', trigger.owner, trigger)));
  }
  return results;
}

/**
 * What opening the add-on's spreadsheet does: the simple onOpen(e) and the installable ON_OPEN
 * triggers (userActionTriggers) with an open event (events guide, "Open" [C]).
 */
export function openSpreadsheet(runtime: LocalRuntime, options: OpenOptions = {}): RunResult[] {
  const spreadsheet = boundSpreadsheetOf(runtime);
  return userActionTriggers(runtime, spreadsheet, 'onOpen', 'ON_OPEN', options, (authMode, user, trigger) => openEvent(spreadsheet, authMode, user, trigger));
}

/** One cell of a tab of the add-on's spreadsheet, 1-based, and the text typed into it. */
export interface CellTyping {
  sheet: SheetState;
  row: number;
  column: number;
  text: string;
}

/**
 * The teacher typing `text` into a cell: it is stored as Sheets stores typed input (typedCell: the
 * USER_ENTERED rules setValue follows, in the spreadsheet's zone and locale, a plain-text cell kept
 * as text), at once and outside any execution; then the simple onEdit(e) and the installable
 * ON_EDIT triggers run (userActionTriggers) with an edit event for that cell. Only a person's edit
 * fires them: a script's setValue does not (simple triggers guide [C]). A cell outside the sheet is
 * refused, as the grid has no such cell to type into.
 */
export function typeIntoCell(runtime: LocalRuntime, typing: CellTyping, options: OpenOptions = {}): RunResult[] {
  const spreadsheet = boundSpreadsheetOf(runtime);
  const { sheet, row, column, text } = typing;
  if (!spreadsheet.sheets.includes(sheet)) throw new Error(`The tab "${sheet.name}" is not in the add-on's spreadsheet.`);
  if (row < 1 || column < 1 || row > sheet.maxRows || column > sheet.maxColumns) {
    throw new Error(`Cell ${columnLetters(column)}${row} is outside the ${sheet.name} tab, which has columns A to ${columnLetters(sheet.maxColumns)} and rows 1 to ${sheet.maxRows}.`);
  }
  const oldValue = eventText(sheet.cells[row - 1]?.[column - 1], spreadsheet.timeZone);
  writeCell(sheet, row, column, text, spreadsheet.timeZone, spreadsheet.locale);
  const value = eventText(sheet.cells[row - 1]?.[column - 1], spreadsheet.timeZone);
  const cell = { sheetId: sheet.sheetId, row, column, value, oldValue };
  return userActionTriggers(runtime, spreadsheet, 'onEdit', 'ON_EDIT', options, (authMode, user, trigger) => editEvent(spreadsheet, cell, authMode, user, trigger));
}
