// The contract between the sidebar and the server: JSON-safe types only (ISO strings, never Date).

/** A calendar date, 'YYYY-MM-DD', in the spreadsheet's time zone. */
export type IsoDate = string;
/** An instant, e.g. '2026-11-23T17:00:00.000Z'. */
export type IsoDateTime = string;

export const CHECK_IN_KINDS = ['one-on-one', 'greeting', 'family contact', 'celebration', 'other'] as const;
export type CheckInKind = (typeof CHECK_IN_KINDS)[number];

export const RESOURCE_TYPES = ['article', 'video', 'event', 'opportunity', 'book', 'podcast', 'course', 'tool', 'other'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

export const RESOURCE_LEVELS = ['intro', 'enrichment', 'challenge', 'support'] as const;
export type ResourceLevel = (typeof RESOURCE_LEVELS)[number];

/** One thing wrong, said so that a teacher can find and fix it. */
export interface Problem {
  tab?: string;
  /** 1-based sheet row. */
  row?: number;
  column?: string;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export interface SetupReport {
  createdTabs: string[];
  addedColumns: { tab: string; column: string }[];
  /** Tabs that already had everything. */
  unchangedTabs: string[];
  /** Log tabs that had lost their warning-only protection and got it back. */
  protectedTabs?: string[];
  /** Students rows that had no id (or a copied one) and were given one. */
  assignedStudentIds?: number;
  /** Resources rows that had no id (or a copied one) and were given one. */
  assignedResourceIds?: number;
}

export interface UpcomingEvent {
  label: string;
  date: IsoDate;
}

export interface CheckInSummary {
  date: IsoDate;
  kind: CheckInKind;
  note: string;
}

export interface SentResourceSummary {
  title: string;
  url: string;
  sentOn: IsoDate;
}

/** A student's public profile, as the roster holds it: nothing private. */
export interface StudentProfile {
  id: string;
  /** 1-based sheet row in the Students tab. */
  row: number;
  name: string;
  email: string;
  section: string;
  gradeOrMajor: string;
  interests: string[];
  careerPath: string;
  preferredTypes: string[];
  goals: string;
  howWeCanHelp: string;
}

/** The profile card for the student on the selected row. Private notes are not included. */
export interface StudentCard extends StudentProfile {
  upcomingEvents: UpcomingEvent[];
  lastCheckIn: CheckInSummary | null;
  daysSinceCheckIn: number | null;
  resourcesSent: SentResourceSummary[];
}

export interface SectionShare {
  section: string;
  students: number;
  connected: number;
  /** connected / students, 0..1 (0 for an empty section). */
  share: number;
}

export interface StudentRef {
  id: string;
  name: string;
  section: string;
  row: number;
}

export interface Dashboard {
  windowDays: number;
  asOf: IsoDate;
  sections: SectionShare[];
  /** Students longest without a check-in, never-connected first. */
  longestWithout: (StudentRef & { daysSince: number | null })[];
  /** Events from today through the next 7 days, and follow-ups due by then (overdue ones first, labelled "Overdue: …"). */
  dueThisWeek: (StudentRef & { kind: 'event' | 'follow-up'; label: string; date: IsoDate })[];
}

export interface SidebarState {
  userEmail: string;
  timeZone: string;
  /** True until set-up has created the tabs. */
  setupNeeded: boolean;
  /** Missing tabs or columns, each naming the tab and column; set-up adds them. */
  structureProblems: Problem[];
  /** Roster rows that need the teacher's attention (bad email, duplicate, too long...). */
  rosterProblems: Problem[];
  selected: StudentCard | null;
  dashboard: Dashboard | null;
}

export interface CheckInInput {
  studentId: string;
  kind: CheckInKind;
  note: string;
  /** Optional follow-up date. */
  followUp?: IsoDate;
}

export interface ResourceInput {
  title: string;
  url: string;
  type: string;
  tags: string;
  level: string;
  description: string;
}

/**
 * Every server function the sidebar may call, with its arguments and result. The server's entry
 * module exports a function of each name; the client calls them only through `src/client/rpc.ts`.
 */
export interface ServerApi {
  /** Everything the sidebar needs to draw itself, in one round trip. */
  getSidebarState(windowDays: number): SidebarState;
  /** The card for the student on the selected row, or null; cheap enough to poll. */
  getSelectedStudent(): StudentCard | null;
  /** Moves the sheet's selection to a student's row (from the dashboard). */
  selectStudent(studentId: string): StudentCard | null;
  setupClass(): SetupReport;
  logCheckIn(input: CheckInInput, windowDays: number): Result<SidebarState>;
  addResource(input: ResourceInput): Result<{ id: string; row: number }>;
  /** Creates the survey Form (no argument: the default questions). */
  createSurvey(questions?: SurveyQuestion[]): Result<{ formId: string; url: string }>;
  getSurveyState(): SurveyState;
  /** Merges every response not merged yet; running it twice changes nothing. */
  syncSurveyResponses(): Result<{ merged: number; more: boolean }>;
  emailSurveyToNonResponders(): Result<SurveyChaseReport>;
  resolveSurveyConflict(studentId: string, column: string, decision: 'accept' | 'dismiss'): Result<SurveyState>;
}

export type ServerFunctionName = keyof ServerApi;

/** How a survey question is asked: a short or long text box, checkboxes, or a Yes/No choice. */
export const SURVEY_QUESTION_KINDS = ['text', 'paragraph', 'checkbox', 'yesNo'] as const;
export type SurveyQuestionKind = (typeof SURVEY_QUESTION_KINDS)[number];

/** A question as the teacher edits it before creating the Form. */
export interface SurveyQuestion {
  title: string;
  helpText: string;
  kind: SurveyQuestionKind;
  /** The Students column key its answer goes to, or null: the answer stays in the Form and the responses tab only. */
  column: string | null;
  required: boolean;
  /** The boxes of a checkbox question; empty for other kinds. */
  choices: string[];
}

/** A Students column a question may fill, and the kinds of question that can fill it. */
export interface SurveyColumnOption {
  key: string;
  header: string;
  kinds: SurveyQuestionKind[];
}

/** A question of a created survey, as the Form holds it now (its title may have been edited there). */
export interface SurveyMappedQuestion {
  itemId: number;
  title: string;
  column: string | null;
  /** The column's header, or null when the answer is kept in the Form only. */
  columnHeader: string | null;
  /** True when the teacher deleted the question from the Form: later responses cannot fill its column. */
  deleted: boolean;
}

export interface SurveySummary {
  formId: string;
  title: string;
  /** The link students answer at. */
  url: string;
  editUrl: string;
  createdAt: IsoDateTime;
  questions: SurveyMappedQuestion[];
  /** Questions in the Form that fill no column (added in the Form, or created unmapped): their answers stay in the Form. */
  unmapped: { itemId: number; title: string }[];
}

/** Per section, who has answered the newest survey and who has not. */
export interface SurveySectionProgress {
  section: string;
  responded: StudentRef[];
  waiting: StudentRef[];
}

/** A field the teacher edited since the last merge, which a newer answer would have replaced. */
export interface SurveyConflict {
  studentId: string;
  studentName: string;
  /** The Students column key, e.g. 'careerPath'. */
  column: string;
  columnHeader: string;
  current: string;
  answer: string;
}

export interface SurveyNotice {
  at: IsoDateTime;
  message: string;
}

export interface SurveyState {
  /** Missing tabs or columns: set-up first. */
  structureProblems: Problem[];
  /** The Form deleted, a responses tab gone, and the like: each says what happened and what still works. */
  problems: Problem[];
  defaultQuestions: SurveyQuestion[];
  columns: SurveyColumnOption[];
  /** The newest survey, or null before the first. */
  survey: SurveySummary | null;
  /** Earlier surveys, newest first; each keeps its own mapping. */
  earlier: { formId: string; title: string; createdAt: IsoDateTime }[];
  sections: SurveySectionProgress[];
  conflicts: SurveyConflict[];
  /** What merging responses could not do as asked (an answer cut, an empty response, an address that is not one), newest first. */
  notices: SurveyNotice[];
}

export interface SurveyChaseReport {
  sent: number;
  /** Left for another day because the day's email quota ran out. */
  notSentToday: number;
  /** Already sent the link today. */
  alreadyToday: number;
  optedOut: number;
  /** No usable address on the roster. */
  noEmail: number;
  /** MailApp refused the address. */
  failed: number;
}
