// Rows placed by header name: columns may be moved, renamed in case or spacing, or be the teacher's own.
import { rowsByHeader } from '../../../src/local/demo/by-header';

describe('rowsByHeader', () => {
  test('puts each value under its header wherever that column is, leaving other columns empty', () => {
    const headers = ['Email', 'My own column', 'last name', 'ID'];
    expect(rowsByHeader('Students', headers, [{ ID: 'stu-001', 'Last name': 'Okafor', Email: 'a@b.edu' }])).toEqual([['a@b.edu', '', 'Okafor', 'stu-001']]);
  });

  test('matches headers ignoring case, spaces and hyphens, as the add-on does', () => {
    expect(rowsByHeader('Check-ins', ['Follow-up date', 'Student ID'], [{ 'follow up date': '2026-12-01', studentid: 'stu-002' }])).toEqual([['2026-12-01', 'stu-002']]);
  });

  test('a name with no matching header is an error naming it and the tab\'s headers, before any row is built', () => {
    expect(() => rowsByHeader('Students', ['ID', 'Email'], [{ ID: 'stu-001' }, { ID: 'stu-002', Nickname: 'Bo' }])).toThrow(
      'The Students tab has no column "Nickname". Its headers are: ID, Email.',
    );
  });
});
