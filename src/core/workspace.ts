// The teacher's workspace as one value: roster, check-ins and sends parsed from the tabs, and the sidebar's state built from it.
import type { SidebarState } from './contract-types';
import type { SidebarSettings } from './settings/sidebar-settings';
import type { IsoDate, Problem } from './vocabulary';
import { studentCard } from './card';
import { attachToStudents, parseCheckIns, type CheckIn } from './check-ins';
import { connectionDashboard } from './dashboard';
import type { DateContext } from './dates';
import { mapColumns, type ColumnMap } from './headers';
import { parseResources, type Resource } from './resources';
import { CHECK_INS, RESOURCES, SENT_LOG, STUDENTS } from './schema';
import { parseSentLog, type SentEntry } from './sent-log';
import { parseRoster, type Student } from './students';
import type { TabValues } from './table';

/** The sidebar lists this many problems at most, then says how many more there are. */
export const PROBLEM_LIST_LIMIT = 50;

export interface Workspace {
  studentsMap: ColumnMap;
  checkInsMap: ColumnMap;
  /** Null unless the Resources tab was read too. */
  resourcesMap: ColumnMap | null;
  students: Student[];
  checkIns: CheckIn[];
  sent: SentEntry[];
  /** Empty unless the Resources tab was read too. */
  resources: Resource[];
  /** Roster faults, unreadable check-in rows, unsendable resources and duplicate headers: for the teacher to fix, never blocking. */
  problems: Problem[];
}

export interface WorkspaceValues {
  students: TabValues;
  checkIns: TabValues;
  sentLog: TabValues;
  /** Read when the action shows the library's problems too. */
  resources?: TabValues;
}

/** Parses the three tabs the sidebar reads; the caller has already checked that required columns exist. */
export function parseWorkspace(values: WorkspaceValues, dates: DateContext): Workspace {
  const studentsMap = mapColumns(STUDENTS, values.students.header);
  const checkInsMap = mapColumns(CHECK_INS, values.checkIns.header);
  const sentMap = mapColumns(SENT_LOG, values.sentLog.header);
  const roster = parseRoster(values.students.rows, studentsMap, dates);
  const parsedCheckIns = parseCheckIns(values.checkIns.rows, checkInsMap, dates);
  const attached = attachToStudents(parsedCheckIns.checkIns, roster.students);
  const resourcesMap = values.resources ? mapColumns(RESOURCES, values.resources.header) : null;
  const library = values.resources && resourcesMap ? parseResources(values.resources.rows, resourcesMap, dates) : { resources: [], problems: [] };
  return {
    studentsMap,
    checkInsMap,
    resourcesMap,
    students: roster.students,
    checkIns: attached.checkIns,
    sent: parseSentLog(values.sentLog.rows, sentMap, dates),
    resources: library.resources,
    problems: [...studentsMap.duplicates, ...checkInsMap.duplicates, ...sentMap.duplicates, ...(resourcesMap?.duplicates ?? []), ...roster.problems, ...[...parsedCheckIns.problems, ...attached.problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)), ...library.problems],
  };
}

/** Caps a long problem list, ending with one line that counts the rest. */
export function capProblems(problems: readonly Problem[], limit = PROBLEM_LIST_LIMIT): Problem[] {
  if (problems.length <= limit) return [...problems];
  const rest = problems.length - (limit - 1);
  return [...problems.slice(0, limit - 1), { message: `…and ${rest.toLocaleString('en-US')} more.` }];
}

export function studentAtRow(workspace: Workspace, row: number | null): Student | null {
  return row === null ? null : (workspace.students.find((s) => s.row === row) ?? null);
}

export interface SidebarStateInput {
  userEmail: string;
  timeZone: string;
  today: IsoDate;
  settings: SidebarSettings;
  settingsProblems: Problem[];
  structureProblems: Problem[];
  /** Null when the structure is incomplete: nothing is read further and nothing is written. */
  workspace: Workspace | null;
  /** The sheet row selected on the Students tab, if the selection is there. */
  selectedRow: number | null;
}

export function sidebarState(input: SidebarStateInput): SidebarState {
  const { workspace } = input;
  const selected = workspace ? studentAtRow(workspace, input.selectedRow) : null;
  return {
    userEmail: input.userEmail,
    timeZone: input.timeZone,
    setupNeeded: input.structureProblems.length > 0,
    structureProblems: input.structureProblems,
    rosterProblems: workspace ? capProblems(workspace.problems) : [],
    selected: workspace && selected ? studentCard(selected, workspace.checkIns, workspace.sent, input.today) : null,
    dashboard: workspace ? connectionDashboard(workspace.students, workspace.checkIns, input.today, input.settings.checkInWindowDays) : null,
    settings: input.settings,
    settingsProblems: input.settingsProblems,
  };
}
