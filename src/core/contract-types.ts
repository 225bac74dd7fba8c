// The shapes core produces and accepts for the sidebar, JSON-safe (ISO strings, never Date); src/shared/rpc.ts re-exports them as the contract.
import type { SidebarSettings } from './settings/sidebar-settings';
import type { CheckInKind, IsoDate, Problem } from './vocabulary';

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
  /** The class's sidebar settings (shared by co-teachers), the defaults when they could not be read. */
  settings: SidebarSettings;
  /** Settings that are stored but could not be read, each naming its setting; kept until saved over. */
  settingsProblems: Problem[];
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
