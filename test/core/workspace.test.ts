// The workspace as one value: tabs parsed together, problems gathered and capped, the sidebar state built.
import { CHECK_INS, RESOURCES, SENT_LOG, STUDENTS } from '../../src/core/schema';
import { capProblems, parseWorkspace, sidebarState } from '../../src/core/workspace';
import { DATES, TODAY, tabValues } from './tables';

const values = () => ({
  students: tabValues(STUDENTS, [{ id: 'stu-1', firstName: 'Ada', email: 'ada@x.org', section: 'P1' }, { id: 'stu-2', firstName: 'Bo', email: 'oops' }]),
  checkIns: tabValues(CHECK_INS, [{ date: '2026-11-20', studentId: 'stu-1', kind: 'greeting', note: 'hi' }, { date: 'someday', studentId: 'stu-2', kind: 'other' }]),
  sentLog: tabValues(SENT_LOG, [{ sentAt: '2026-11-01', studentId: 'stu-1', resourceId: 'res-1', resourceTitle: 'Compost', url: 'https://a.org', status: 'Sent' }]),
  resources: tabValues(RESOURCES, [{ id: 'res-1', title: 'Bad', url: 'data:text/html,x', type: 'video', tags: 'x' }]),
});

describe('parseWorkspace', () => {
  it('gathers problems from every tab it read', () => {
    const workspace = parseWorkspace(values(), DATES);
    expect(workspace.problems.map((p) => [p.tab, p.row, p.column])).toEqual([
      ['Students', 3, 'Email'],
      ['Check-ins', 3, 'Date'],
      ['Resources', 2, 'URL'],
    ]);
    expect(workspace.resources.map((r) => r.urlSafe)).toEqual([false]);
    expect(workspace.sent.map((s) => s.status)).toEqual(['sent']);
  });

  it('leaves the library empty when Resources was not read', () => {
    const { resources: _unused, ...rest } = values();
    expect(parseWorkspace(rest, DATES).resources).toEqual([]);
  });
});

describe('capProblems', () => {
  it('keeps a short list and ends a long one with a count of the rest', () => {
    const problems = Array.from({ length: 60 }, (_, i) => ({ row: i + 2, message: `p${i}` }));
    expect(capProblems(problems.slice(0, 50))).toHaveLength(50);
    const capped = capProblems(problems);
    expect(capped).toHaveLength(50);
    expect(capped[49]).toEqual({ message: '…and 11 more.' });
  });
});

describe('sidebarState', () => {
  const base = { userEmail: 't@x.org', timeZone: 'America/New_York', today: TODAY, settings: { checkInWindowDays: 14 }, settingsProblems: [] };

  it('shows nothing but the structure problems when set-up is needed', () => {
    const problems = [{ tab: 'Students', message: 'missing' }];
    expect(sidebarState({ ...base, structureProblems: problems, workspace: null, selectedRow: 2 })).toEqual({
      userEmail: 't@x.org',
      timeZone: 'America/New_York',
      setupNeeded: true,
      structureProblems: problems,
      rosterProblems: [],
      selected: null,
      dashboard: null,
      settings: { checkInWindowDays: 14 },
      settingsProblems: [],
    });
  });

  it('builds the card for the selected row and the dashboard', () => {
    const state = sidebarState({ ...base, structureProblems: [], workspace: parseWorkspace(values(), DATES), selectedRow: 2 });
    expect(state.selected).toMatchObject({ id: 'stu-1', daysSinceCheckIn: 3, resourcesSent: [{ title: 'Compost', url: 'https://a.org', sentOn: '2026-11-01' }] });
    expect(state.dashboard?.sections.map((s) => [s.section, s.connected])).toEqual([['No section', 0], ['P1', 1]]);
    expect(state.rosterProblems).toHaveLength(3);
  });

  it("counts connections over the class's window and passes the settings and their problems on", () => {
    const settingsProblems = [{ message: "Rapport's sidebar settings could not be read" }];
    const state = sidebarState({ ...base, settings: { checkInWindowDays: 2 }, settingsProblems, structureProblems: [], workspace: parseWorkspace(values(), DATES), selectedRow: 2 });
    expect(state.dashboard?.windowDays).toBe(2);
    expect(state.dashboard?.sections.map((s) => [s.section, s.connected])).toEqual([['No section', 0], ['P1', 0]]);
    expect([state.settings, state.settingsProblems]).toEqual([{ checkInWindowDays: 2 }, settingsProblems]);
  });
});
