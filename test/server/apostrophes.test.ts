// Apostrophes: text is written into plain-text cells as typed (no quote shows), and ids the teacher typed between new rows are never rewritten.
import type { Result } from '../../src/shared/rpc';
import { runOk } from '../helpers/runtime';
import { addRows, addStudents, recordsOf, setUpClass, tab } from './class-fixture';

describe('writes into plain-text cells', () => {
  it('stores a note starting with a dash as typed, without a quoting apostrophe, and keeps a note that starts with one', () => {
    const runtime = setUpClass();
    addStudents(runtime, 1);
    for (const note of ['- asked about hiking club', "'quoted' on purpose", '=1+1 is two']) {
      expect(runOk<Result<unknown>>(runtime, 'logCheckIn', { studentId: 'stu-000001', kind: 'greeting', note }).ok).toBe(true);
    }
    expect(recordsOf(runtime, 'Check-ins').map((r) => r.Note)).toEqual(['- asked about hiking club', "'quoted' on purpose", '=1+1 is two']);
    const card = runOk<{ lastCheckIn: { note: string } }>(runtime, 'selectStudent', 'stu-000001');
    expect(card.lastCheckIn.note).toBe('=1+1 is two');
  });

  it('quotes text that would turn into a formula where the column lost its plain-text format', () => {
    const runtime = setUpClass();
    addStudents(runtime, 1);
    tab(runtime, 'Check-ins').numberFormats = {};
    runOk(runtime, 'logCheckIn', { studentId: 'stu-000001', kind: 'greeting', note: '=HYPERLINK("https://evil.example")' });
    expect(recordsOf(runtime, 'Check-ins')[0].Note).toBe('=HYPERLINK("https://evil.example")');
    expect(tab(runtime, 'Check-ins').cells[1].some((cell) => cell?.f !== undefined)).toBe(false);
  });
});

describe('ids given between rows the teacher typed', () => {
  it('leave the teacher-typed ids in between exactly as typed', () => {
    const runtime = setUpClass();
    addRows(runtime, 'Students', [
      { 'First name': 'A', Email: 'a@x.org' },
      { ID: ' spaced-id ', 'First name': 'B', Email: 'b@x.org' },
      { ID: '=cmd', 'First name': 'C', Email: 'c@x.org' },
      { 'First name': 'D', Email: 'd@x.org' },
    ]);
    runOk(runtime, 'getSidebarState');
    const ids = recordsOf(runtime, 'Students').map((r) => r.ID);
    expect(ids.slice(1, 3)).toEqual([' spaced-id ', '=cmd']);
    expect([ids[0], ids[3]]).toEqual([expect.stringMatching(/^stu-[0-9a-f]{12}$/), expect.stringMatching(/^stu-[0-9a-f]{12}$/)]);
  });
});
