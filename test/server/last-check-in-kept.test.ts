// No teacher data cleared: a Students tab that had a Last check-in column before set-up keeps every date the Check-ins tab does not beat.
import { writeValues } from '../../src/local/services/spreadsheet/state-access';
import { newRuntime, runOk } from '../helpers/runtime';
import { addRows, recordsOf, spreadsheetOf } from './class-fixture';

describe('Last check-in the teacher kept before set-up', () => {
  it('is never blanked or moved back; only a later check-in replaces it', () => {
    const runtime = newRuntime();
    const sheet = spreadsheetOf(runtime).sheets[0];
    sheet.name = 'Students';
    const kept = new Date('2026-11-10T15:00:00Z');
    const older = new Date('2026-09-01T15:00:00Z');
    writeValues(sheet, 1, 1, [
      ['First name', 'Email', 'Last check-in'],
      ['Ana', 'ana@school.example', kept],
      ['Ben', 'ben@school.example', 'at the science fair'],
      ['Cy', 'cy@school.example', older],
      ['Di', 'di@school.example', ''],
    ], 'America/New_York', 'en_US');
    spreadsheetOf(runtime).active = { sheet: 'Students', row: 1, column: 1, numRows: 1, numColumns: 1 };
    runOk(runtime, 'setupClass');
    const ids = recordsOf(runtime, 'Students').map((r) => String(r.ID));
    addRows(runtime, 'Check-ins', [
      { Date: '2026-10-01', 'Student ID': ids[0], Kind: 'greeting' },
      { Date: '2026-10-02', 'Student ID': ids[1], Kind: 'greeting' },
      { Date: '2026-11-20', 'Student ID': ids[2], Kind: 'greeting' },
      { Date: '2026-11-21', 'Student ID': ids[3], Kind: 'greeting' },
    ]);
    runOk(runtime, 'getSidebarState');
    runOk(runtime, 'getSidebarState');
    const cells = recordsOf(runtime, 'Students').map((r) => r['Last check-in']);
    expect(cells[0]).toEqual(kept);
    expect(cells[1]).toBe('at the science fair');
    expect(cells[2]).toBeInstanceOf(Date);
    expect((cells[2] as Date).getTime()).toBeGreaterThan(older.getTime());
    expect(cells[3]).toBeInstanceOf(Date);
    // A check-in row deleted from the tab leaves the date it had shown.
    const checkIns = spreadsheetOf(runtime).sheets.find((s) => s.name === 'Check-ins')!;
    checkIns.cells.splice(1);
    runOk(runtime, 'getSidebarState');
    expect(recordsOf(runtime, 'Students').map((r) => r['Last check-in'])).toEqual(cells);
  });
});
