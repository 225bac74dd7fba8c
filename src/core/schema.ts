// The one description of Rapport's tabs: names, exact headers, which columns are required, typed or private.
import { CHECK_IN_KINDS, RESOURCE_LEVELS, RESOURCE_TYPES } from './vocabulary';

/**
 * How a column is stored and validated at set-up:
 * text (plain-text format '@'), list (a fixed set of choices), date (a calendar date),
 * datetime (an instant), checkbox (true/false).
 */
export type ColumnKind = 'text' | 'list' | 'date' | 'datetime' | 'checkbox';

/**
 * Who may see a student column. `public`: the student's own profile, usable as an email merge
 * field. `private`: the teacher's eyes only (notes, events), never a merge field. `system`:
 * Rapport's bookkeeping (ids, opt-out, derived dates), not a merge field either.
 */
export type Visibility = 'public' | 'private' | 'system';

export interface ColumnSpec {
  key: string;
  /** Exact text written when Rapport creates the column; found case- and space-insensitively. */
  header: string;
  /** A missing required column blocks every action on its tab until set-up adds it. */
  required: boolean;
  kind: ColumnKind;
  visibility: Visibility;
  /** Longest value Rapport accepts; a cell holds at most 50,000 characters anyway. */
  maxLength: number;
  choices?: readonly string[];
}

export type TabKey = 'students' | 'resources' | 'checkIns' | 'sentLog';

export interface TabSpec {
  key: TabKey;
  name: string;
  columns: readonly ColumnSpec[];
  /** Log tabs get a warning-only protection: edits are allowed after a confirmation. */
  warningProtection: boolean;
}

/** Apps Script's cell limit: "more than the maximum of 50000 characters in a single cell". */
export const CELL_MAX_CHARS = 50_000;

const SHORT = 200;
const LONG = 5_000;

function column(
  key: string,
  header: string,
  kind: ColumnKind,
  options: { required?: boolean; visibility?: Visibility; maxLength?: number; choices?: readonly string[] } = {},
): ColumnSpec {
  return {
    key,
    header,
    kind,
    required: options.required ?? false,
    visibility: options.visibility ?? 'system',
    maxLength: options.maxLength ?? SHORT,
    ...(options.choices ? { choices: options.choices } : {}),
  };
}

const PUBLIC = 'public' as const;
const PRIVATE = 'private' as const;

export const STUDENTS: TabSpec = {
  key: 'students',
  name: 'Students',
  warningProtection: false,
  columns: [
    column('id', 'ID', 'text', { required: true, maxLength: 100 }),
    column('firstName', 'First name', 'text', { required: true, visibility: PUBLIC, maxLength: 100 }),
    column('lastName', 'Last name', 'text', { required: true, visibility: PUBLIC, maxLength: 100 }),
    column('email', 'Email', 'text', { required: true, visibility: PUBLIC, maxLength: 254 }),
    column('section', 'Section', 'text', { visibility: PUBLIC, maxLength: 100 }),
    column('gradeOrMajor', 'Grade or major', 'text', { visibility: PUBLIC, maxLength: 100 }),
    column('interests', 'Interests', 'text', { visibility: PUBLIC, maxLength: LONG }),
    column('careerPath', 'Career path', 'text', { visibility: PUBLIC, maxLength: 1_000 }),
    column('preferredTypes', 'Preferred resource types', 'text', { visibility: PUBLIC, maxLength: 1_000 }),
    column('goals', 'Goals', 'text', { visibility: PUBLIC, maxLength: LONG }),
    column('howWeCanHelp', 'How we can help', 'text', { visibility: PUBLIC, maxLength: LONG }),
    // The survey's "What brought you to this class?" and "Why does this subject interest you?" (PRODUCT.md item 2: why they took the class).
    column('whyThisClass', 'Why this class', 'text', { visibility: PUBLIC, maxLength: LONG }),
    column('whyThisSubject', 'Why this subject', 'text', { visibility: PUBLIC, maxLength: LONG }),
    column('events', 'Important events', 'text', { visibility: PRIVATE, maxLength: LONG }),
    // Required: without it a student's opt-out could not be honoured, so nothing may run until set-up adds it back.
    column('optOut', 'Opt out', 'checkbox', { required: true }),
    column('privateNotes', 'Private notes', 'text', { visibility: PRIVATE, maxLength: CELL_MAX_CHARS }),
    column('lastCheckIn', 'Last check-in', 'datetime'),
    // Rapport's survey bookkeeping for the row (src/core/survey/record.ts), written in the same batch as the answers it records.
    column('surveyRecord', 'Survey record', 'text', { maxLength: CELL_MAX_CHARS }),
  ],
};

export const RESOURCES: TabSpec = {
  key: 'resources',
  name: 'Resources',
  warningProtection: false,
  columns: [
    column('id', 'ID', 'text', { required: true, maxLength: 100 }),
    column('title', 'Title', 'text', { required: true, maxLength: 300 }),
    column('url', 'URL', 'text', { required: true, maxLength: 2_000 }),
    column('type', 'Type', 'list', { required: true, choices: RESOURCE_TYPES }),
    column('tags', 'Tags', 'text', { required: true, maxLength: 1_000 }),
    column('level', 'Level', 'list', { choices: RESOURCE_LEVELS }),
    column('description', 'Description', 'text', { maxLength: LONG }),
    column('active', 'Active', 'checkbox'),
    column('added', 'Added', 'datetime'),
  ],
};

export const CHECK_INS: TabSpec = {
  key: 'checkIns',
  name: 'Check-ins',
  warningProtection: true,
  columns: [
    column('date', 'Date', 'datetime', { required: true }),
    column('studentId', 'Student ID', 'text', { required: true, maxLength: 100 }),
    column('studentName', 'Student name', 'text', { maxLength: SHORT }),
    column('kind', 'Kind', 'list', { required: true, choices: CHECK_IN_KINDS }),
    column('note', 'Note', 'text', { required: true, visibility: PRIVATE, maxLength: CELL_MAX_CHARS }),
    column('followUp', 'Follow-up date', 'date'),
  ],
};

export const SENT_LOG: TabSpec = {
  key: 'sentLog',
  name: 'Sent log',
  warningProtection: true,
  columns: [
    column('sentAt', 'Sent at', 'datetime', { required: true }),
    // Required: a cycle's rows are found by cycle id + student; without it no cycle could tell what it already sent.
    column('cycle', 'Cycle', 'text', { required: true }),
    column('studentId', 'Student ID', 'text', { required: true, maxLength: 100 }),
    column('studentEmail', 'Student email', 'text', { maxLength: 254 }),
    column('resourceId', 'Resource ID', 'text', { required: true, maxLength: 100 }),
    column('resourceTitle', 'Resource title', 'text', { maxLength: 300 }),
    column('url', 'URL', 'text', { maxLength: 2_000 }),
    column('reason', 'Reason', 'text', { maxLength: 1_000 }),
    column('status', 'Status', 'text', { required: true }),
  ],
};

/** The Sent log status of an email that went out; other statuses (failed, skipped...) were not received. */
export const SENT_STATUS = 'sent';

/** Every tab Rapport owns, in the order set-up creates them. */
export const TABS: readonly TabSpec[] = [STUDENTS, RESOURCES, CHECK_INS, SENT_LOG];

export function tabSpec(key: TabKey): TabSpec {
  const spec = TABS.find((tab) => tab.key === key);
  if (!spec) throw new Error(`Unknown tab ${key}`);
  return spec;
}

export function columnSpec(tab: TabSpec, key: string): ColumnSpec {
  const spec = tab.columns.find((c) => c.key === key);
  if (!spec) throw new Error(`Tab ${tab.name} has no column ${key}`);
  return spec;
}
