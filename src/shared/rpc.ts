// The contract between the sidebar and the server: JSON-safe types only (ISO strings, never Date).
// The shapes are core's; this file names the calls and re-exports what the sidebar needs.
import type { CheckInInput, ResourceInput, SetupReport, SidebarState, StudentCard } from '../core/contract-types';
import type { SidebarSettings } from '../core/settings/sidebar-settings';
export type { CycleView, ScheduleInput, SendCounts, SendingState, SendStatus, WeekdayName } from '../core/sending/sending-contract';
import type { ScheduleInput, SendingState } from '../core/sending/sending-contract';
import type { ApiJsonFaults, AssertJsonSafe } from '../core/json-safe';
import type { Result } from '../core/vocabulary';

export type { CheckInKind, IsoDate, IsoDateTime, Problem, ResourceLevel, ResourceType, Result } from '../core/vocabulary';
export type {
  CheckInInput, CheckInSummary, Dashboard, ResourceInput, SectionShare, SentResourceSummary, SetupReport, SidebarState,
  StudentCard, StudentProfile, StudentRef, UpcomingEvent,
} from '../core/contract-types';
export type {
  EmailPreview, EmailSettings, EmailSettingsInput, EmailSettingsView, LibraryGapsView, PreviewPick, TeacherNews, TestEmailReport,
} from '../core/email/types';
export type { SidebarSettings } from '../core/settings/sidebar-settings';
export type {
  SurveyChaseReport, SurveyColumnOption, SurveyConflict, SurveyMappedQuestion, SurveyNotice, SurveyQuestion, SurveyQuestionKind,
  SurveySectionProgress, SurveyState, SurveySummary,
} from '../core/survey/types';
import type { SurveyChaseReport, SurveyQuestion, SurveyState } from '../core/survey/types';
import type { EmailPreview, EmailSettingsInput, EmailSettingsView, LibraryGapsView, TestEmailReport } from '../core/email/types';

/**
 * Every server function the sidebar may call, with its arguments and result. The server's entry
 * module exports a function of each name; the client calls them only through `src/client/rpc.ts`.
 */
export interface ServerApi {
  /** Everything the sidebar needs to draw itself, in one round trip. */
  getSidebarState(): SidebarState;
  /** The card for the student on the selected row, or null; cheap enough to poll. */
  getSelectedStudent(): StudentCard | null;
  /** Moves the sheet's selection to a student's row (from the dashboard). */
  selectStudent(studentId: string): StudentCard | null;
  setupClass(): SetupReport;
  logCheckIn(input: CheckInInput): Result<SidebarState>;
  /** Saves the fields given (the check-in window) for everyone who uses the class sheet, and returns the state drawn with them. */
  saveSidebarSettings(settings: Partial<SidebarSettings>): Result<SidebarState>;
  addResource(input: ResourceInput): Result<{ id: string; row: number }>;
  getSendingState(): SendingState;
  saveSchedule(input: ScheduleInput): Result<SendingState>;
  /** Makes the caller the schedule's owner (their hourly trigger sends from now on). */
  takeOverSchedule(): Result<SendingState>;
  sendNow(options?: { again?: boolean }): Result<SendingState>;
  approveCycle(): Result<SendingState>;
  resolveUnknownSend(studentId: string, choice: 'resend' | 'drop'): Result<SendingState>;
  skipPlannedStudent(studentId: string): Result<SendingState>;
  swapPlannedPick(studentId: string, fromResourceId: string, toResourceId: string): Result<SendingState>;
  /** Creates the survey Form (no argument: the default questions); a retry with the same request id answers with the survey it made. */
  createSurvey(questions?: SurveyQuestion[], requestId?: string): Result<{ formId: string; url: string }>;
  getSurveyState(): SurveyState;
  /** Merges every response not merged yet; running it twice changes nothing. */
  syncSurveyResponses(): Result<{ merged: number; more: boolean }>;
  emailSurveyToNonResponders(): Result<SurveyChaseReport>;
  resolveSurveyConflict(studentId: string, column: string, decision: 'accept' | 'dismiss'): Result<SurveyState>;
  getEmailSettings(): EmailSettingsView;
  saveEmailSettings(input: EmailSettingsInput): Result<EmailSettingsView>;
  previewEmail(studentId: string): EmailPreview;
  sendTestEmail(studentId: string): Result<TestEmailReport>;
  getLibraryGaps(): LibraryGapsView;
}

export type ServerFunctionName = keyof ServerApi;

/** Compile-time proof that every argument and result is JSON-safe: a Date, function, Map/Set or undefined-only field anywhere fails the build, by path. */
export type ContractIsJsonSafe = AssertJsonSafe<ApiJsonFaults<ServerApi>>;
