// Every entry point that takes arguments answers malformed ones (objects for text, numbers for objects) with a problem, never an uncaught error.
import { ENTRY_POINT_SHAPES } from '../../src/core/contract-shapes';
import type { Result } from '../../src/shared/rpc';
import { runOk } from '../helpers/runtime';
import { addStudents, recordsOf, setUpClass } from './class-fixture';

const HOSTILE: unknown[] = [{ toString: 1 }, { valueOf: 'x', toString: 'y' }, 42, 'text', [1, 2], true];

describe.each(Object.entries(ENTRY_POINT_SHAPES))('%s', (entryPoint, shapes) => {
  const runtime = setUpClass();
  addStudents(runtime, 2);

  it.each(HOSTILE.map((value) => [JSON.stringify(value), value]))('given %s for every argument, answers without an uncaught error', (_label, value) => {
    const result = runtime.run(entryPoint, shapes.map(() => value));
    expect([result.record.outcome, result.error]).toEqual(['ok', undefined]);
    const answer = result.value as Result<unknown> | null;
    if (answer !== null && answer.ok === false) expect(answer.problems.length).toBeGreaterThan(0);
  });
});

describe('logCheckIn', () => {
  it('refuses a note that is an object, naming the field, and writes nothing', () => {
    const runtime = setUpClass();
    addStudents(runtime, 1);
    const result = runOk<Result<unknown>>(runtime, 'logCheckIn', { studentId: 'stu-000001', kind: 'greeting', note: { toString: 1 } });
    expect(result).toEqual({ ok: false, problems: [{ message: 'Rapport could not read this request: input.note must be text. Reload the sidebar and try again.' }] });
    expect(recordsOf(runtime, 'Check-ins')).toEqual([]);
  });
});

describe('selectStudent', () => {
  it('answers null for an id that is not text', () => {
    const runtime = setUpClass();
    addStudents(runtime, 1);
    expect(runOk(runtime, 'selectStudent', { toString: 1 })).toBeNull();
  });
});
