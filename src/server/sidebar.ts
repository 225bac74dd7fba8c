// The sidebar's reads: its whole state in one round trip, the selected student's card, and selecting a student.
import type { Problem, Result, SidebarSettings, SidebarState, StudentCard } from '../shared/rpc';
import { cardFrom, studentCard, type CardLogs } from '../core/card';
import type { IdentifiedRow } from '../core/ids';
import { lastCheckInUpdate } from '../core/last-check-in';
import { TABS } from '../core/schema';
import type { Settings } from '../core/settings/settings';
import { SIDEBAR_SETTINGS } from '../core/settings/sidebar-settings';
import { parseWorkspace, sidebarState } from '../core/workspace';
import { ifDocumentUnlocked } from './document-lock';
import { selectedStudentRow, selectStudentRow } from './selection';
import { setupMarkProblemsOf } from './setup-marks';
import { openSpreadsheetContext, type SpreadsheetContext } from './spreadsheet-context';
import { assignMissingIds } from './row-ids';
import { locateTab, readTab } from './tabs';
import { readSettings, saveSettings } from './settings-store';
import { rememberedTabIds, type TabIds } from './tab-ids';
import { writeColumnUpdate } from './writes';
import { forgetCardSummaryUnlessCurrent, readCardSummary, rebuildCardSummary, type LogTabs } from './card-summary';
import { loadWorkspace, WORKSPACE_TABS, type LoadedWorkspace } from './workspace-loader';

/**
 * Keeps what Rapport derives in the sheet current: ids for Students and Resources rows without
 * one, and each student's Last check-in (a check-in typed into or deleted from the Check-ins tab).
 * Reads never wait for the lock: if anything is due and no one else is writing, the tabs involved
 * are read again under the lock (another sidebar may have just written them) and the changes
 * written, a batch per column; otherwise they wait for the next read.
 */
function withDerivedCells(context: SpreadsheetContext, loaded: LoadedWorkspace): LoadedWorkspace {
  const { workspace, tabs } = loaded;
  if (!workspace || !loaded.values.students) return loaded;
  const missing = (rows: IdentifiedRow[]) => rows.some((r) => !r.id);
  const needsIds = missing(workspace.students) || missing(workspace.resources);
  const staleCheckIns = lastCheckInUpdate(loaded.values.students, workspace.studentsMap, workspace.students, workspace.checkIns) !== null;
  if (!needsIds && !staleCheckIns) return loaded;
  let result = loaded;
  ifDocumentUnlocked(() => {
    const values = { ...loaded.values };
    if (tabs.students) values.students = readTab(tabs.students);
    if (tabs.resources && needsIds) values.resources = readTab(tabs.resources);
    if (tabs.checkIns && staleCheckIns) values.checkIns = readTab(tabs.checkIns);
    const fresh = parseWorkspace({ ...values, students: values.students! }, context.dates);
    if (tabs.students) assignMissingIds(tabs.students, values.students!, fresh.studentsMap, fresh.students, 'stu');
    if (tabs.resources && fresh.resourcesMap) assignMissingIds(tabs.resources, values.resources!, fresh.resourcesMap, fresh.resources, 'res');
    const lastCheckIns = lastCheckInUpdate(values.students!, fresh.studentsMap, fresh.students, fresh.checkIns);
    if (tabs.students && lastCheckIns) writeColumnUpdate(tabs.students, lastCheckIns);
    result = { ...loaded, values, workspace: fresh };
  });
  return result;
}

/** The sidebar's state from what an action has loaded (and perhaps just changed), drawn with the class's settings; `setupRepairs` only where the action checked them. */
export function stateFrom(context: SpreadsheetContext, loaded: LoadedWorkspace, settings: Settings, setupRepairs: Problem[] = []): SidebarState {
  return sidebarState({
    userEmail: Session.getActiveUser().getEmail(),
    timeZone: context.timeZone,
    today: context.dates.today,
    settings: settings.get(SIDEBAR_SETTINGS),
    settingsProblems: settings.problems(),
    structureProblems: loaded.structureProblems,
    setupRepairs,
    workspace: loaded.workspace,
    selectedRow: loaded.workspace ? selectedStudentRow(context.spreadsheet, loaded.tabs.students) : null,
  });
}

/**
 * Everything the sidebar draws, in one round trip: every tab read once, and whether each still has
 * the formats, validation and protection set-up gave it; nothing written unless ids or Last
 * check-in dates are due.
 */
export function readSidebarState(): SidebarState {
  const context = openSpreadsheetContext();
  const loaded = withDerivedCells(context, loadWorkspace(context, TABS.map((t) => t.key)));
  const settings = readSettings();
  if (loaded.workspace) forgetCardSummaryUnlessCurrent(loaded.workspace, settings.properties);
  return stateFrom(context, loaded, settings, setupMarkProblemsOf(loaded));
}

/** Saves the sidebar's settings for the whole class (nothing when invalid), then draws the state with them. */
export function saveSidebarSettingsFor(patch: Partial<SidebarSettings>): Result<SidebarState> {
  const saved = saveSettings(SIDEBAR_SETTINGS, patch);
  return saved.ok ? { ok: true, value: readSidebarState() } : saved;
}

/** The log tabs the card's summary stands for; null when either is missing (the card then loads them and reports it). */
function logTabsOf(context: SpreadsheetContext, ids: TabIds): LogTabs | null {
  const checkIns = locateTab(context.spreadsheet, 'checkIns', ids);
  const sentLog = locateTab(context.spreadsheet, 'sentLog', ids);
  return checkIns && sentLog ? { checkIns, sentLog } : null;
}

const NO_LOGS: CardLogs = { lastCheckIn: null, resourcesSent: [] };

/**
 * The card for the selected row; when the selection is not on the Students tab nothing is read at
 * all. The latest check-in and what was sent come from the card's summary while it is current, so
 * the 3-second poll's cost does not grow with Check-ins or the Sent log; otherwise both logs are
 * read whole and the summary rebuilt for the next poll.
 */
export function readSelectedStudent(): StudentCard | null {
  const context = openSpreadsheetContext();
  const ids = rememberedTabIds();
  const sheet = locateTab(context.spreadsheet, 'students', ids);
  const row = selectedStudentRow(context.spreadsheet, sheet);
  if (row === null) return null;
  const roster = loadWorkspace(context, ['students']);
  const logTabs = logTabsOf(context, roster.tabIds);
  const summary = roster.workspace && logTabs ? readCardSummary(context.spreadsheet, logTabs, roster.workspace.students, context.now) : null;
  const rebuilt = !summary && roster.workspace && logTabs ? rebuildCardSummary(context, logTabs) : null;
  const loaded = withDerivedCells(context, summary ? roster : (rebuilt ?? loadWorkspace(context, WORKSPACE_TABS, roster)));
  const student = loaded.workspace?.students.find((s) => s.row === row);
  if (!loaded.workspace || !student) return null;
  if (summary) return cardFrom(student, summary.get(student.id) ?? NO_LOGS, context.dates.today);
  return studentCard(student, loaded.workspace.checkIns, loaded.workspace.sent, context.dates.today);
}

/** Moves the selection to a student's row (from the dashboard) and returns their card; null for an unknown id. */
export function selectStudentById(studentId: unknown): StudentCard | null {
  const context = openSpreadsheetContext();
  const loaded = loadWorkspace(context);
  const { workspace, tabs } = loaded;
  const student = workspace?.students.find((s) => s.id === String(studentId ?? '') && s.id !== '');
  if (!workspace || !student || !tabs.students) return null;
  selectStudentRow(tabs.students, workspace, student);
  return studentCard(student, workspace.checkIns, workspace.sent, context.dates.today);
}
