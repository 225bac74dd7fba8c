// Listing and resolving the conflicts the merge recorded, and who answered per section.
import { mapColumns } from '../../../src/core/headers';
import { STUDENTS } from '../../../src/core/schema';
import { parseRoster } from '../../../src/core/students';
import { conflictColumn, pendingConflicts, resolveConflict } from '../../../src/core/survey/conflicts';
import { chasePlan, surveyProgress } from '../../../src/core/survey/progress';
import { formatRecord, parseRecord, textHash } from '../../../src/core/survey/record';
import { DATES, tabValues } from '../tables';

const RECORD = formatRecord({ merged: { f1: ['r1'] }, wrote: {}, conflicts: { careerPath: { formId: 'f1', responseId: 'r1' } }, chased: null });
const values = tabValues(STUDENTS, [
  { id: 'stu-a', firstName: 'Ana', lastName: 'Lopez', email: 'ana@school.example', section: 'P2', careerPath: 'nurse', surveyRecord: RECORD },
  { id: 'stu-b', firstName: 'Ben', email: 'ben@school.example', section: 'P1', surveyRecord: formatRecord({ merged: {}, wrote: {}, conflicts: {}, chased: '2026-11-23' }) },
  { id: 'stu-c', firstName: 'Cy', email: 'cy@school.example', section: 'P1', optOut: true },
  { id: 'stu-d', firstName: 'Di', email: 'not-an-email', section: '' },
  { id: 'stu-e', firstName: 'Ed', email: 'ed@school.example', section: 'P1' },
]);
const map = mapColumns(STUDENTS, values.header);

describe('survey conflicts', () => {
  it('lists each recorded conflict with the student and the current text', () => {
    expect(pendingConflicts(values, map)).toEqual([{ studentId: 'stu-a', studentName: 'Ana Lopez', row: 2, column: 'careerPath', current: 'nurse', formId: 'f1', responseId: 'r1' }]);
  });

  it('accepting writes the answer and records it as the merge\'s own; dismissing keeps the teacher\'s text', () => {
    const accepted = resolveConflict(map, values.rows[0], 2, 'careerPath', 'accept', '=vet');
    const careerIndex = map.index.careerPath;
    const recordIndex = map.index.surveyRecord;
    expect(accepted).toEqual({ row: 2, cells: { [careerIndex]: "'=vet", [recordIndex]: expect.any(String) } });
    const after = parseRecord(String((accepted as { cells: Record<number, string> }).cells[recordIndex]));
    expect(after).toMatchObject({ conflicts: {}, wrote: { careerPath: textHash('=vet') } });
    const dismissed = resolveConflict(map, values.rows[0], 2, 'careerPath', 'dismiss', null);
    expect(Object.keys((dismissed as { cells: object }).cells)).toEqual([String(recordIndex)]);
  });

  it('says so when the conflict is gone or the answer cannot be read', () => {
    expect(resolveConflict(map, values.rows[1], 3, 'careerPath', 'dismiss', null)).toMatchObject({ message: expect.stringContaining('already resolved') });
    expect(resolveConflict(map, values.rows[0], 2, 'careerPath', 'accept', null)).toMatchObject({ message: expect.stringContaining('can no longer be read') });
  });

  it('names a column by key or header', () => {
    expect(['careerPath', 'Career path', 'CAREER PATH'].map(conflictColumn)).toEqual(['careerPath', 'careerPath', 'careerPath']);
    expect(conflictColumn('Private notes')).toBeNull();
  });
});

describe('survey progress', () => {
  const { students } = parseRoster(values.rows, map, DATES);

  it('splits each section into responded and waiting, sections in order', () => {
    const progress = surveyProgress(values, map, students, 'f1');
    expect(progress.map((s) => [s.section, s.responded.map((r) => r.name), s.waiting.map((r) => r.name)])).toEqual([
      ['P1', [], ['Ben', 'Cy', 'Ed']],
      ['P2', ['Ana Lopez'], []],
      ['No section', [], ['Di']],
    ]);
  });

  it('chases only students who have not answered, have an address, are not opted out and were not reminded today', () => {
    const plan = chasePlan(values, map, students, 'f1', '2026-11-23');
    expect({ ...plan, due: plan.due.map((s) => s.id) }).toEqual({ due: ['stu-e'], alreadyToday: 1, optedOut: 1, noEmail: 1 });
    expect(chasePlan(values, map, students, 'f1', '2026-11-24').due.map((s) => s.id)).toEqual(['stu-b', 'stu-e']);
  });
});
