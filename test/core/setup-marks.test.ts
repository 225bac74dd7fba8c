// What a tab lacks of a clean set-up's formats, validation, frozen header and protection, and how the sidebar says so.
import { mapColumns } from '../../src/core/headers';
import { CHECK_INS, STUDENTS } from '../../src/core/schema';
import { formatFor, setupMarkProblems, tabRepairs, type SetupMarks } from '../../src/core/setup-marks';

const header = CHECK_INS.columns.map((c) => c.header);
const map = mapColumns(CHECK_INS, header);
const complete: SetupMarks = {
  formats: CHECK_INS.columns.map((c) => formatFor(c.kind) ?? 'General'),
  validated: CHECK_INS.columns.map((c) => c.kind !== 'text'),
  frozenRows: 1,
  protection: 'warning-only',
};

describe('tabRepairs', () => {
  it('finds nothing to repair on a tab as set-up leaves it', () => {
    expect(tabRepairs(CHECK_INS, map, complete)).toEqual({ columns: [], freeze: false, protect: false });
    expect(setupMarkProblems(CHECK_INS, tabRepairs(CHECK_INS, map, complete))).toEqual([]);
  });

  it('names each column missing its format or rule, and a log tab whose protection is missing or not warning-only', () => {
    const formats = [...complete.formats!];
    formats[4] = 'General';
    const validated = [...complete.validated!];
    validated[3] = false;
    const repairs = tabRepairs(CHECK_INS, map, { formats, validated, frozenRows: 0, protection: 'full' });
    expect(repairs.columns.map((c) => [c.spec.header, c.format, c.validation])).toEqual([['Kind', false, true], ['Note', true, false]]);
    expect([repairs.freeze, repairs.protect]).toEqual([true, true]);
    expect(setupMarkProblems(CHECK_INS, repairs).map((p) => p.message)).toEqual([
      'The Check-ins tab is missing the formats of "Note", so typed text may turn into formulas or numbers. Run "Set up class" to restore them.',
      'The Check-ins tab is missing the checks (lists, checkboxes, dates) of "Kind". Run "Set up class" to restore them.',
      'The Check-ins tab is missing its warning-only protection. Run "Set up class" to restore it.',
    ]);
    expect(tabRepairs(CHECK_INS, map, { ...complete, protection: 'none' }).protect).toBe(true);
  });

  it('asks nothing of columns the tab lacks, of a sheet with no data row, or of marks it did not read', () => {
    const studentsMap = mapColumns(STUDENTS, ['Email', 'ID']);
    expect(tabRepairs(STUDENTS, studentsMap, { formats: ['@', 'General'], validated: [false, false], frozenRows: null, protection: null }).columns.map((c) => c.spec.header)).toEqual(['ID']);
    expect(tabRepairs(CHECK_INS, map, { formats: null, validated: null, frozenRows: null, protection: null })).toEqual({ columns: [], freeze: false, protect: false });
  });
});
