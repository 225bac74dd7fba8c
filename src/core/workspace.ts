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
const PROBLEM_LIST_LIMIT = 50;

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
  /** The logs are left out by the card when its summary answers for them: `checkIns` and `sent` are then empty. */
  checkIns?: TabValues;
  sentLog?: TabValues;
  /** Read when the action shows the library's problems too. */
  resources?: TabValues;
}

/** Parses the tabs the sidebar reads; the caller has already checked that required columns exist. */
export function parseWorkspace(values: WorkspaceValues, dates: DateContext): Workspace {
  const studentsMap = mapColumns(STUDENTS, values.students.header);
  const checkInsMap = mapColumns(CHECK_INS, values.checkIns?.header ?? []);
  const sentMap = values.sentLog ? mapColumns(SENT_LOG, values.sentLog.header) : null;
  const roster = parseRoster(values.students.rows, studentsMap, dates);
  const parsedCheckIns = values.checkIns ? parseCheckIns(values.checkIns.rows, checkInsMap, dates) : { checkIns: [], problems: [] };
  const attached = attachToStudents(parsedCheckIns.checkIns, roster.students);
  const resourcesMap = values.resources ? mapColumns(RESOURCES, values.resources.header) : null;
  const library = values.resources && resourcesMap ? parseResources(values.resources.rows, resourcesMap, dates) : { resources: [], problems: [] };
  return {
    studentsMap,
    checkInsMap,
    resourcesMap,
    students: roster.students,
    checkIns: attached.checkIns,
    sent: values.sentLog && sentMap ? parseSentLog(values.sentLog.rows, sentMap, dates) : [],
    resources: library.resources,
    problems: [...studentsMap.duplicates, ...checkInsMap.duplicates, ...(sentMap?.duplicates ?? []), ...(resourcesMap?.duplicates ?? []), ...roster.problems, ...[...parsedCheckIns.problems, ...attached.problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)), ...library.problems],
  };
}

/** How many problems of one kind a long list shows in full before the line that counts the rest. */
const SHOWN_PER_KIND = 3;
/** How many of the rest's rows that line names. */
const ROWS_NAMED = 8;

function kindOf(problem: Problem): string {
  return `${problem.tab ?? ''}\u0000${problem.column ?? ''}`;
}

/** The line that stands for a kind's problems past the first few: how many, and on which rows they start. */
function restOfKind(rest: readonly Problem[]): Problem {
  const { tab, column } = rest[0];
  const rows = rest.flatMap((p) => (p.row === undefined ? [] : [p.row]));
  const named = rows.slice(0, ROWS_NAMED).join(', ');
  const where = rows.length === 0 ? '' : ` (rows ${named}${rows.length > ROWS_NAMED ? ', …' : ''})`;
  const what = column ? `"${column}" problems` : 'problems like these';
  return { ...(tab ? { tab } : {}), ...(column ? { column } : {}), message: `…and ${rest.length.toLocaleString('en-US')} more ${what}${where}.` };
}

/**
 * A long problem list grouped by kind (tab and column), in order of first appearance: the first
 * few of each kind in full, then one line counting the rest of that kind and naming their first
 * rows, so a very messy sheet shows every kind of fault and where, not 49 of one kind. If even
 * that is longer than `limit`, the last line counts the kinds left out.
 */
export function capProblems(problems: readonly Problem[], limit = PROBLEM_LIST_LIMIT): Problem[] {
  if (problems.length <= limit) return [...problems];
  const kinds = new Map<string, Problem[]>();
  for (const problem of problems) kinds.set(kindOf(problem), [...(kinds.get(kindOf(problem)) ?? []), problem]);
  const shown: Problem[] = [];
  let left = problems.length;
  for (const group of kinds.values()) {
    const lines = group.length > SHOWN_PER_KIND ? [...group.slice(0, SHOWN_PER_KIND), restOfKind(group.slice(SHOWN_PER_KIND))] : group;
    if (shown.length + lines.length > limit - 1) break;
    shown.push(...lines);
    left -= group.length;
  }
  if (left > 0) shown.push({ message: `…and ${left.toLocaleString('en-US')} more problems of other kinds.` });
  return shown;
}

function studentAtRow(workspace: Workspace, row: number | null): Student | null {
  return row === null ? null : (workspace.students.find((s) => s.row === row) ?? null);
}

export interface SidebarStateInput {
  userEmail: string;
  timeZone: string;
  today: IsoDate;
  settings: SidebarSettings;
  settingsProblems: Problem[];
  structureProblems: Problem[];
  /** Formats, validation or protection a tab lacks: set-up restores them, but nothing waits for it. */
  setupRepairs: Problem[];
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
    structureProblems: [...input.structureProblems, ...input.setupRepairs],
    rosterProblems: workspace ? capProblems(workspace.problems) : [],
    selected: workspace && selected ? studentCard(selected, workspace.checkIns, workspace.sent, input.today) : null,
    dashboard: workspace ? connectionDashboard(workspace.students, workspace.checkIns, input.today, input.settings.checkInWindowDays) : null,
    settings: input.settings,
    settingsProblems: input.settingsProblems,
  };
}
