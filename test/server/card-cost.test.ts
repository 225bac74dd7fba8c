// The student card's cost stays flat as Check-ins and the Sent log grow: its summary answers the 3-second poll, and every change to the logs is seen.
import { CARD_SUMMARY_HEADER, CARD_SUMMARY_TAB } from '../../src/core/card-summary';
import type { LocalRuntime } from '../../src/local/runtime/runtime';
import { LocalRange } from '../../src/local/services/spreadsheet/range';
import { advanceClock } from '../../src/local/runtime/scheduler';
import type { Result, SendingState, SidebarState, StudentCard } from '../../src/shared/rpc';
import { callCount, KILL_OUTCOMES } from '../helpers/kill-outcomes';
import { runOk } from '../helpers/runtime';
import { addRows, addStudents, recordsOf, select, setUpClass, tab } from './class-fixture';
import { editRows, HOUR, ok, sendingClass } from './sending-fixture';

const STUDENTS = 150;
const PICKS = 3;
/** A school year of cycles every two weeks: 150 × 18 × 3 = 8,100 Sent log rows, and two check-ins a student a cycle, 5,400 rows. */
const SCHOOL_YEAR = 18;
const CHECK_INS_PER_CYCLE = 2;
const SELECTED = 'stu-000009';

/** The Sent log of `cycles` cycles, each sending every student three resources (a day apart, so newest first is one order), oldest first as the engine appends them. */
function sentRows(cycles: number, students: number): Record<string, unknown>[] {
  return Array.from({ length: cycles * students * PICKS }, (_, i) => {
    const cycle = Math.floor(i / (students * PICKS));
    const student = Math.floor(i / PICKS) % students;
    const pick = i % PICKS;
    const id = `stu-${String(student + 1).padStart(6, '0')}`;
    return {
      'Sent at': new Date(Date.UTC(2026, 0, 5 + 14 * cycle + pick, 14)),
      Cycle: `Cycle ${cycle + 1}`,
      'Student ID': id,
      'Student email': `student${student + 1}@school.example`,
      'Resource ID': `res-${cycle}-${pick}`,
      'Resource title': `Resource ${cycle}-${pick}`,
      URL: `https://example.org/${cycle}/${pick}`,
      Reason: 'because you like robotics',
      Status: 'sent',
    };
  });
}

/** Check-ins for `cycles` cycles: each student greeted twice a cycle, a week apart, the newest note naming its week. */
function checkInRows(cycles: number, students: number): Record<string, unknown>[] {
  return Array.from({ length: cycles * CHECK_INS_PER_CYCLE * students }, (_, i) => {
    const week = Math.floor(i / students);
    return { Date: new Date(Date.UTC(2026, 0, 6 + 7 * week, 15)), 'Student ID': `stu-${String((i % students) + 1).padStart(6, '0')}`, Kind: 'greeting', Note: `week ${week}` };
  });
}

/** A set-up class (150 students unless said) with `cycles` cycles of check-ins and of the Sent log, the selection on a student. */
function classWith(cycles: number, students = STUDENTS): LocalRuntime {
  const runtime = setUpClass();
  addStudents(runtime, students);
  addRows(runtime, 'Check-ins', checkInRows(cycles, students));
  addRows(runtime, 'Sent log', sentRows(cycles, students));
  select(runtime, 'Students', 10);
  runOk(runtime, 'getSidebarState');
  return runtime;
}

const VALUE_READS = ['getValues', 'getDisplayValues', 'getFormulas'] as const;

/** Runs the card once, counting its service calls and the cells its value reads cover. */
function cardCost(runtime: LocalRuntime): { card: StudentCard; calls: Record<string, number>; cells: number } {
  let cells = 0;
  const spies = VALUE_READS.map((method) => {
    const original = LocalRange.prototype[method];
    return jest.spyOn(LocalRange.prototype, method).mockImplementation(function (this: LocalRange) {
      cells += this.grid.numRows * this.grid.numColumns;
      return original.call(this) as never;
    });
  });
  try {
    const result = runtime.run('getSelectedStudent', []);
    expect(result.record.outcome).toBe('ok');
    return { card: result.value as StudentCard, calls: result.record.calls, cells };
  } finally {
    spies.forEach((spy) => spy.mockRestore());
  }
}

function card(runtime: LocalRuntime): StudentCard {
  return runOk<StudentCard>(runtime, 'getSelectedStudent');
}

describe('the student card as Check-ins and the Sent log grow', () => {
  const small = classWith(1);
  const year = classWith(SCHOOL_YEAR);
  const firstSmall = cardCost(small);
  const firstYear = cardCost(year);

  it('makes the same calls and reads the same cells for one cycle and a school year of both logs', () => {
    const smallCost = cardCost(small);
    const yearCost = cardCost(year);
    expect(yearCost.calls).toEqual(smallCost.calls);
    expect(firstYear.calls).toEqual(firstSmall.calls);
    expect(yearCost.cells).toBe(smallCost.cells);
    expect(callCount(yearCost.calls)).toBeLessThanOrEqual(30);
    // The first card after a change reads the whole Sent log (9 columns a row) to rebuild the summary; later ones do not.
    expect(firstYear.cells - firstSmall.cells).toBeGreaterThanOrEqual(9 * (SCHOOL_YEAR - 1) * STUDENTS * PICKS);
    expect(yearCost.cells).toBeLessThan(firstSmall.cells);
  });

  it('shows what the logs show: the latest check-in, the newest twenty sends, newest first', () => {
    expect(cardCost(year).card).toEqual(firstYear.card);
    expect(firstYear.card.lastCheckIn).toEqual({ date: '2026-09-08', kind: 'greeting', note: 'week 35' });
    expect(firstYear.card.resourcesSent).toHaveLength(20);
    expect(firstYear.card.resourcesSent[0]).toEqual({ title: 'Resource 17-2', url: 'https://example.org/17/2', sentOn: '2026-09-02' });
    expect(cardCost(small).card.resourcesSent.map((r) => r.title)).toEqual(['Resource 0-2', 'Resource 0-1', 'Resource 0-0']);
  });
});

describe('the card sees every change to the logs', () => {
  function titles(runtime: LocalRuntime): string[] {
    return card(runtime).resourcesSent.map((r) => r.title);
  }

  function built(): LocalRuntime {
    const runtime = classWith(1);
    card(runtime);
    return runtime;
  }

  it('a row the teacher adds or deletes', () => {
    const runtime = built();
    addRows(runtime, 'Sent log', [{ 'Sent at': new Date(Date.UTC(2026, 10, 20, 14)), Cycle: 'By hand', 'Student ID': SELECTED, 'Resource ID': 'res-x', 'Resource title': 'Typed by hand', Status: 'sent' }]);
    expect(titles(runtime)[0]).toBe('Typed by hand');
    tab(runtime, 'Sent log').cells.pop();
    expect(titles(runtime)[0]).toBe('Resource 0-2');
  });

  it('an edit inside a row, once the sidebar reloads or the summary is ten minutes old', () => {
    const runtime = built();
    editRows(runtime, 'Sent log', (r) => r['Student ID'] === SELECTED && r['Resource ID'] === 'res-0-2', 'Resource title', 'Renamed');
    runOk<SidebarState>(runtime, 'getSidebarState');
    expect(titles(runtime)[0]).toBe('Renamed');
    editRows(runtime, 'Sent log', (r) => r['Student ID'] === SELECTED && r['Resource ID'] === 'res-0-2', 'Status', 'failed');
    runtime.state.clock.now += 10 * 60 * 1000;
    expect(titles(runtime)).toEqual(['Resource 0-1', 'Resource 0-0']);
  });

  it('a check-in logged from the sidebar or typed into the tab, and a student renamed', () => {
    const runtime = built();
    ok(runOk<Result<SidebarState>>(runtime, 'logCheckIn', { studentId: SELECTED, kind: 'one-on-one', note: 'from the sidebar' }));
    expect(card(runtime).lastCheckIn).toMatchObject({ kind: 'one-on-one', note: 'from the sidebar' });
    addRows(runtime, 'Check-ins', [{ Date: new Date(Date.UTC(2026, 10, 24, 15)), 'Student name': 'Student9 Family9', Kind: 'celebration', Note: 'typed by name' }]);
    expect(card(runtime).lastCheckIn).toMatchObject({ date: '2026-11-24', note: 'typed by name' });
    editRows(runtime, 'Students', (r) => r.ID === SELECTED, 'First name', 'Renamed');
    expect(card(runtime).lastCheckIn).toMatchObject({ note: 'from the sidebar' });
  });

  it('an edit of the hidden summary tab itself', () => {
    const runtime = built();
    const summary = tab(runtime, CARD_SUMMARY_TAB);
    expect(summary.hidden).toBe(true);
    editRows(runtime, CARD_SUMMARY_TAB, (r) => r['Student ID'] === SELECTED, CARD_SUMMARY_HEADER[2], '[]');
    expect(titles(runtime)).toEqual(['Resource 0-2', 'Resource 0-1', 'Resource 0-0']);
  });

  it("the send engine's own writes, a planned row turned sent in place included", () => {
    const runtime = sendingClass(3);
    select(runtime, 'Students', 2);
    ok(runOk<Result<SendingState>>(runtime, 'saveSchedule', { everyWeeks: 1, weekday: 'Monday', hour: 10, reviewBeforeSending: true }));
    advanceClock(runtime, 2 * HOUR);
    expect(recordsOf(runtime, 'Sent log').filter((r) => r['Student ID'] === 'stu-000001').map((r) => r.Status)).toContain('planned');
    expect(card(runtime).resourcesSent).toEqual([]);
    const rowsBefore = tab(runtime, 'Sent log').cells.length;
    ok(runOk<Result<SendingState>>(runtime, 'approveCycle'));
    expect(tab(runtime, 'Sent log').cells.length).toBe(rowsBefore);
    const sent = recordsOf(runtime, 'Sent log').filter((r) => r['Student ID'] === 'stu-000001' && r.Status === 'sent');
    expect(sent.length).toBeGreaterThan(0);
    expect(titles(runtime).sort()).toEqual(sent.map((r) => String(r['Resource title'])).sort());
  });
});

describe('a card killed while rebuilding the summary', () => {
  const template = classWith(1, 12);
  const expected = card(template.fork());
  const calls = callCount(template.fork().run('getSelectedStudent').record.calls);

  it.each(KILL_OUTCOMES)('never shows a wrong list after $name, at any of its calls', (outcome) => {
    const wrong: number[] = [];
    for (let call = 1; call <= calls; call += 1) {
      const runtime = template.fork();
      addRows(runtime, 'Sent log', [{ 'Sent at': new Date(Date.UTC(2026, 10, 20, 14)), Cycle: 'By hand', 'Student ID': SELECTED, 'Resource ID': 'res-x', 'Resource title': 'Typed by hand', Status: 'sent' }]);
      expect(runtime.run('getSelectedStudent', [], outcome.options(call)).record.outcome).toBe('killed');
      const shown = [card(runtime), card(runtime)].map((c) => c.resourcesSent.map((r) => r.title).join(' | '));
      if (shown.some((list) => list !== ['Typed by hand', ...expected.resourcesSent.map((r) => r.title)].join(' | '))) wrong.push(call);
    }
    expect(wrong).toEqual([]);
  });
});
