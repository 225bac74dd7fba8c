// The in-memory Workspace's whole state: plain data, so it persists to JSON and loads back identically.
import type { Clock, ExecutionRecord } from './execution';
import { defaultTriggerRuntime, type TriggerRuntimeState } from './trigger-quota';

/** What getValues can return for one cell: empty cells are ''. */
export type CellValue = string | number | boolean | Date;

export interface CellState {
  /** The value as getValues returns it (for a formula cell: its last computed value, '' locally). */
  v: CellValue;
  /** The formula text, e.g. '=SUM(A1:A3)', when the cell holds one. */
  f?: string;
  /** The number format Sheets gave the cell when its text was typed ('0%' for '25%'); a format set on the range wins. */
  n?: string;
  /** The cell's note (Range.setNote), kept when its value changes or is cleared. */
  note?: string;
}

export interface ProtectionState {
  description: string;
  warningOnly: boolean;
  /** A1 notation of a protected range, absent for a whole-sheet protection. */
  range?: string;
}

export interface ValidationState {
  /** A1 notation of the range the rule applies to. */
  range: string;
  kind: 'list' | 'checkbox' | 'date' | 'email' | 'url' | 'other';
  values?: string[];
  /** For a list: whether Sheets shows a dropdown (requireValueInList's second argument). */
  showDropdown?: boolean;
  allowInvalid: boolean;
  helpText?: string;
}

export interface SheetState {
  sheetId: number;
  name: string;
  /** Row-major; rows and columns past the data are simply absent (read as ''). */
  cells: (CellState | null)[][];
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  /** Number formats by A1 notation of the range they were set on; '@' means plain text. */
  numberFormats: Record<string, string>;
  protections: ProtectionState[];
  validations: ValidationState[];
  /** Form id when this tab receives a form's responses. */
  formId?: string;
  /** Set by Sheet.hideSheet(); absent for a visible tab. */
  hidden?: boolean;
}

export interface SpreadsheetState {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  sheets: SheetState[];
  /** The active cell, as the teacher's selection: sheet name and 1-based row/column. */
  active: { sheet: string; row: number; column: number; numRows: number; numColumns: number };
}

export type FormItemType = 'TEXT' | 'PARAGRAPH_TEXT' | 'MULTIPLE_CHOICE' | 'CHECKBOX' | 'LIST' | 'SCALE' | 'DATE' | 'SECTION_HEADER' | 'PAGE_BREAK';

/** A text item's validation (TextValidationBuilder): the rule, its bounds or pattern, the help text shown when broken. */
export interface TextValidationState {
  rule: 'ANY' | 'NUMBER' | 'WHOLE_NUMBER' | 'NUMBER_BETWEEN' | 'EMAIL' | 'URL' | 'LENGTH_AT_LEAST' | 'LENGTH_AT_MOST' | 'MATCHES' | 'CONTAINS';
  a?: number;
  b?: number;
  pattern?: string;
  helpText: string;
}

export interface FormItemState {
  id: number;
  /**
   * The number a pre-filled link names (`entry.<entryId>`), which in Forms differs from the item's
   * getId() (the Forms API's question id, not the Apps Script item id) [P]. Absent in workspaces
   * saved before it was modelled: those items fall back to an id derived from getId().
   */
  entryId?: number;
  type: FormItemType;
  title: string;
  helpText: string;
  required: boolean;
  choices?: string[];
  /** SCALE only: the bounds set by setBounds (Forms' default scale is 1 to 5). */
  lowerBound?: number;
  upperBound?: number;
  /** TEXT and PARAGRAPH_TEXT only: setValidation's rule. */
  validation?: TextValidationState;
}

export interface FormResponseState {
  id: string;
  timestamp: number;
  email: string;
  /** The signed-in respondent, kept only when the form limits each user to one response. */
  respondent?: string;
  /** Answers by item id; checkbox answers are arrays. */
  answers: Record<string, string | string[]>;
}

export interface FormState {
  id: string;
  title: string;
  description: string;
  emailCollection: 'VERIFIED' | 'RESPONDER_INPUT' | 'DO_NOT_COLLECT';
  acceptingResponses: boolean;
  /** Settings absent in workspaces saved before they were modelled read as Forms' defaults. */
  confirmationMessage?: string;
  allowResponseEdits?: boolean;
  limitOneResponsePerUser?: boolean;
  items: FormItemState[];
  responses: FormResponseState[];
  destination?: { spreadsheetId: string; sheetName: string };
}

export interface TriggerState {
  uid: string;
  handler: string;
  /** The Google user who created it; installable triggers run as their creator. */
  owner: string;
  /** The document an add-on trigger belongs to (a spreadsheet or form id). */
  sourceId: string;
  eventType: 'CLOCK' | 'ON_FORM_SUBMIT' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE';
  /**
   * CLOCK only: an hourly, daily or weekly repeat, or a one-off at a moment. weekDay counts as
   * Date#getDay does (0 = Sunday); timeZone is the trigger's zone (inTimezone, else the script's).
   */
  clock?: {
    everyHours?: number;
    everyDays?: number;
    everyWeeks?: number;
    weekDay?: number;
    /** Monthly on this day of the month (onMonthDay, 1-31). */
    monthDay?: number;
    atHour?: number;
    nearMinute?: number;
    at?: number;
    timeZone?: string;
  };
  /** CLOCK only: the next virtual time it fires, epoch ms. */
  nextRun?: number;
}

export interface SentMailState {
  id: string;
  sentAt: number;
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo?: string;
  name?: string;
  /** Sent from a no-reply address (Workspace accounts only in Apps Script). */
  noReply?: boolean;
  subject: string;
  body: string;
  htmlBody?: string;
  /** Attachments as sent: name, content type and size (the bytes themselves are not kept). */
  attachments?: { name: string; contentType: string; bytes: number }[];
}

export interface CacheEntryState {
  value: string;
  /** Virtual epoch ms after which the entry is gone. */
  expiresAt: number;
}

export interface LogEntryState {
  at: number;
  executionId: number;
  /** Logger.log, or the console method that wrote it. */
  source: 'Logger' | 'console';
  level: 'log' | 'info' | 'warn' | 'error';
  message: string;
}

export interface MailState {
  /** Recipients allowed per user per 24 hours: 100 consumer, 1,500 Workspace. */
  dailyQuota: number;
  /**
   * Each user's current quota window: its first send and the recipients counted since (the window
   * resets 24 h after its first send). Absent in workspaces saved before quotas were per user.
   */
  byUser?: Record<string, { windowStart: number; used: number }>;
  outbox: SentMailState[];
}

export interface UiState {
  /** A separator is recorded as an item with an empty caption and function name. */
  menus: { name: string; items: { caption: string; functionName: string }[] }[];
  sidebar: { title: string; file: string; html: string; openedAt: number } | null;
  /** The last modal or modeless dialog shown (absent in workspaces saved before dialogs were recorded). */
  dialog?: { title: string; file: string; html: string; modal: boolean; openedAt: number } | null;
  alerts: { title: string; prompt: string; at: number }[];
  toasts: { title: string; message: string; at: number }[];
}

export interface WorkspaceState {
  version: 1;
  clock: Clock;
  user: { email: string; scriptTimeZone: string };
  spreadsheets: Record<string, SpreadsheetState>;
  /** The spreadsheet the add-on is bound to (SpreadsheetApp.getActive()). */
  activeSpreadsheetId: string | null;
  forms: Record<string, FormState>;
  properties: {
    script: Record<string, string>;
    /** Keyed by user email: each user has their own store. */
    user: Record<string, Record<string, string>>;
    /** Keyed by document (spreadsheet) id. */
    document: Record<string, Record<string, string>>;
  };
  /** Keyed by cache scope ('script', 'user:<email>', 'document:<id>'), then by key. */
  cache: Record<string, Record<string, CacheEntryState>>;
  triggers: TriggerState[];
  /** The daily trigger runtime quota (absent in workspaces saved before it was modelled). */
  triggerRuntime?: TriggerRuntimeState;
  mail: MailState;
  ui: UiState;
  /** Recent executions, newest last (capped). */
  executions: ExecutionRecord[];
  /** Service calls per method over the workspace's life. */
  totals: Record<string, number>;
  /** Logger and console output, newest last (capped); never printed to the host's stdout. */
  logs: LogEntryState[];
  nextId: number;
}

export const DEFAULT_TIME_ZONE = 'America/New_York';
export const DEFAULT_USER = 'teacher@example.edu';

/** A new workspace at a given virtual time, with one empty spreadsheet the add-on is bound to. */
export function emptyWorkspace(now: number): WorkspaceState {
  const spreadsheetId = 'sheet-1';
  return {
    version: 1,
    clock: { now },
    user: { email: DEFAULT_USER, scriptTimeZone: DEFAULT_TIME_ZONE },
    spreadsheets: {
      [spreadsheetId]: {
        id: spreadsheetId,
        name: 'My class',
        timeZone: DEFAULT_TIME_ZONE,
        locale: 'en_US',
        sheets: [emptySheet(0, 'Sheet1')],
        active: { sheet: 'Sheet1', row: 1, column: 1, numRows: 1, numColumns: 1 },
      },
    },
    activeSpreadsheetId: spreadsheetId,
    forms: {},
    properties: { script: {}, user: {}, document: {} },
    cache: {},
    triggers: [],
    triggerRuntime: defaultTriggerRuntime(),
    mail: { dailyQuota: 100, byUser: {}, outbox: [] },
    ui: { menus: [], sidebar: null, alerts: [], toasts: [] },
    executions: [],
    totals: {},
    logs: [],
    nextId: 1,
  };
}

/** A new sheet as Apps Script inserts it: 1000 rows by 26 columns, nothing frozen. */
export function emptySheet(sheetId: number, name: string): SheetState {
  return {
    sheetId,
    name,
    cells: [],
    maxRows: 1000,
    maxColumns: 26,
    frozenRows: 0,
    frozenColumns: 0,
    numberFormats: {},
    protections: [],
    validations: [],
  };
}
