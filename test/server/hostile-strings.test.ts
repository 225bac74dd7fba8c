// Every write path through the built bundle with the Big List of Naughty Strings: stored as text, never as a formula.
import { cellText } from '../../src/core/cells';
import type { LocalRuntime } from '../../src/local/runtime/runtime';
import type { Result } from '../../src/shared/rpc';
import { fitsCell, HOSTILE_CORPUS, trimmedCorpus } from '../helpers/hostile-corpus';
import { runOk } from '../helpers/runtime';
import { addRows, formulasOf, recordsOf, setUpClass, student, tab } from './class-fixture';

/** Each string that fits a cell as the sidebar would send it (trimmed), without blanks and repeats. */
const HOSTILE = trimmedCorpus(HOSTILE_CORPUS.filter(fitsCell));
/** Those Sheets would take for a formula (or swallow the first character of) unless stored as text. */
const FORMULA_LIKE = HOSTILE.filter((s) => /^[=+\-@']/.test(s));
/**
 * What a cell that lost its plain-text format can hold exactly: all but text starting with an
 * apostrophe and then one of = + - @ ', which reads back without it (src/core/cells.ts, cellText).
 */
const FORMULA_LIKE_UNFORMATTED = FORMULA_LIKE.filter((s) => !/^'[=+\-@']/.test(s));

/**
 * Pasting a roster from another sheet brings its formats along, so Rapport's plain-text formats
 * are gone. Then text that looks like a number, date or TRUE is converted as Sheets converts
 * anything typed (a known limit, see the report); what must hold is that nothing becomes a formula.
 */
function loseFormats(runtime: LocalRuntime): void {
  for (const name of ['Students', 'Resources', 'Check-ins']) tab(runtime, name).numberFormats = {};
}

function expectNoFormulas(runtime: LocalRuntime, name: string): void {
  const formulas = formulasOf(runtime, name).flatMap((row, i) => row.map((f, j) => [i + 1, j + 1, f])).filter(([, , f]) => f !== '');
  expect(formulas).toEqual([]);
}

describe.each([
  ['with set-up’s plain-text formats', false],
  ['after a paste removed the formats', true],
])('hostile strings %s', (_label, formatsLost) => {
  it('logCheckIn stores every note as text', () => {
    const runtime = setUpClass();
    addRows(runtime, 'Students', [student(1)]);
    if (formatsLost) loseFormats(runtime);
    const notes = formatsLost ? FORMULA_LIKE_UNFORMATTED : HOSTILE;
    for (const note of notes) runOk(runtime, 'logCheckIn', { studentId: 'stu-000001', kind: 'greeting', note });
    expectNoFormulas(runtime, 'Check-ins');
    expect(recordsOf(runtime, 'Check-ins').map((r) => cellText(r.Note))).toEqual(notes);
  });

  it('logCheckIn stores a hostile student id and name as text, and ids given to other rows leave theirs intact', () => {
    const runtime = setUpClass();
    const hostile = (formatsLost ? FORMULA_LIKE_UNFORMATTED : FORMULA_LIKE).filter((s) => s.length <= 100);
    // Students without an id above and below: giving them one rewrites the ids between.
    addRows(runtime, 'Students', [student(0, { ID: '' }), ...hostile.map((name, i) => student(i + 1, { ID: `'${name}`, 'First name': `'${name}`, 'Last name': '' })), student(999, { ID: '' })]);
    if (formatsLost) loseFormats(runtime);
    const ids = recordsOf(runtime, 'Students').map((r) => cellText(r.ID)).slice(1, -1);
    expect(ids).toEqual(hostile);
    for (const studentId of ids) {
      const result = runOk<Result<unknown>>(runtime, 'logCheckIn', { studentId, kind: 'greeting', note: 'hi' });
      expect(result).toMatchObject({ ok: true });
    }
    expectNoFormulas(runtime, 'Students');
    expectNoFormulas(runtime, 'Check-ins');
    expect(recordsOf(runtime, 'Students').map((r) => cellText(r.ID)).slice(1, -1)).toEqual(ids);
    expect(recordsOf(runtime, 'Check-ins').map((r) => [cellText(r['Student ID']), cellText(r['Student name'])])).toEqual(ids.map((id) => [id, id]));
  });

  it('addResource stores every title, tag and description as text', () => {
    const runtime = setUpClass();
    if (formatsLost) loseFormats(runtime);
    const fitting = (formatsLost ? FORMULA_LIKE_UNFORMATTED : HOSTILE).filter((s) => s.length <= 300 && !/[,;\n]/.test(s));
    fitting.forEach((text, i) => {
      const result = runOk<Result<unknown>>(runtime, 'addResource', { title: text, url: `https://example.org/${i}`, type: 'article', tags: text, level: 'intro', description: text });
      expect(result.ok).toBe(true);
    });
    expectNoFormulas(runtime, 'Resources');
    expect(recordsOf(runtime, 'Resources').map((r) => [cellText(r.Title), cellText(r.Tags), cellText(r.Description)])).toEqual(fitting.map((t) => [t, t, t]));
  });
});
