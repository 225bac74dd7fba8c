// Call counting and latency for every Spreadsheet call, and real-time speed for a large class.
import { newSpreadsheetFixture } from '../../helpers/spreadsheet';

/** Calls made by `action`, per method. */
function callsDuring(fixture: ReturnType<typeof newSpreadsheetFixture>, action: () => void): Record<string, number> {
  const before = { ...fixture.ctx.exec.calls };
  action();
  const after = fixture.ctx.exec.calls;
  return Object.fromEntries(
    Object.keys(after)
      .filter((method) => after[method] !== (before[method] ?? 0))
      .map((method) => [method, after[method] - (before[method] ?? 0)]),
  );
}

function roster(rows: number, columns = 16): string[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => (c === 0 ? `Student ${r}` : c === 1 ? `s${r}@example.edu` : c === 2 ? '2027-01-02' : c === 3 ? '00123' : `note ${r}.${c}`)),
  );
}

describe('call counting', () => {
  it("counts each call as 'SpreadsheetApp.<method>'", () => {
    const fixture = newSpreadsheetFixture();
    const calls = callsDuring(fixture, () => {
      const sheet = fixture.app.getActive().getSheetByName('Sheet1')!;
      sheet.getRange(1, 1, 1, 2).setValues([['a', 'b']]);
      sheet.appendRow(['c', 'd']);
      sheet.getDataRange().getValues();
      fixture.app.flush();
    });
    expect(calls).toEqual({
      'SpreadsheetApp.getActive': 1,
      'SpreadsheetApp.getSheetByName': 1,
      'SpreadsheetApp.getRange': 1,
      'SpreadsheetApp.setValues': 1,
      'SpreadsheetApp.appendRow': 1,
      'SpreadsheetApp.getDataRange': 1,
      'SpreadsheetApp.getValues': 1,
      'SpreadsheetApp.flush': 1,
    });
  });

  it('charges each call its latency on the virtual clock', () => {
    const fixture = newSpreadsheetFixture({ latency: { 'SpreadsheetApp.getValues': 250, 'SpreadsheetApp.*': 0 } });
    const range = fixture.sheet.getRange('A1:B2');
    const before = fixture.ctx.state.clock.now;
    range.getValues();
    expect(fixture.ctx.state.clock.now - before).toBe(250);
  });

  it('reads and writes a whole tab in the same number of calls for 150 or 2,000 students', () => {
    const callsFor = (students: number) => {
      const fixture = newSpreadsheetFixture();
      return callsDuring(fixture, () => {
        const sheet = fixture.ss.insertSheet('Students');
        sheet.insertRowsAfter(sheet.getMaxRows(), students);
        sheet.getRange(1, 1, students, 16).setValues(roster(students));
        const values = sheet.getDataRange().getValues();
        sheet.getRange(2, 5, values.length - 1, 1).setValues(values.slice(1).map(() => ['sent']));
      });
    };
    expect(callsFor(2000)).toEqual(callsFor(150));
  });
});

/** Milliseconds of this process's CPU time: unlike the wall clock, not inflated by other work sharing the machine. */
function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

describe('speed', () => {
  it('writes, reads and displays 2,000 rows × 16 columns in well under 100 ms', () => {
    const run = () => {
      const { sheet } = newSpreadsheetFixture();
      sheet.insertRowsAfter(1000, 1000);
      const data = roster(2000);
      const started = cpuMs();
      sheet.getRange(1, 1, 2000, 16).setValues(data);
      const values = sheet.getDataRange().getValues();
      sheet.getDataRange().getDisplayValues();
      const elapsed = cpuMs() - started;
      expect(values).toHaveLength(2000);
      expect(values[5][3]).toBe(123);
      return elapsed;
    };
    // The best of a few runs: the first warms the JIT up.
    const fastest = Math.min(...Array.from({ length: 5 }, run));
    expect(fastest).toBeLessThan(100);
  });

  it('appends 2,000 rows one by one without slowing to a crawl', () => {
    const { sheet } = newSpreadsheetFixture();
    const rows = roster(2000, 4);
    const started = cpuMs();
    for (const row of rows) sheet.appendRow(row);
    expect(sheet.getLastRow()).toBe(2000);
    expect(cpuMs() - started).toBeLessThan(1000);
  });
});
