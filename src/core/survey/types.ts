// The survey's shapes as the sidebar sees them: questions, mapping, progress, conflicts; JSON-safe, owned by core.
import type { StudentRef } from '../contract-types';
import type { IsoDateTime, Problem } from '../vocabulary';

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
  /** Due and within the quota, but past what one run sends (MAX_REMINDERS_PER_RUN): the next press sends them. */
  sendAgain: number;
  /** Already sent the link today. */
  alreadyToday: number;
  optedOut: number;
  /** No usable address on the roster. */
  noEmail: number;
  /** MailApp refused the address. */
  failed: number;
}
