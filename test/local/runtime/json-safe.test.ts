// google.script.run's JSON-only rule, enforced locally with a message naming the offending path.
import { assertJsonSafe, jsonCopy } from '../../../src/local/runtime/json-safe';

describe('assertJsonSafe', () => {
  it('accepts primitives, arrays and plain objects', () => {
    expect(() => assertJsonSafe({ a: [1, 'x', true, null, { b: '2026-11-23' }] })).not.toThrow();
  });

  it.each([
    [{ when: new Date(0) }, 'result.when is a Date'],
    [{ list: [1, () => 1] }, 'result.list[1] is a function'],
    [{ n: Number.NaN }, 'result.n is NaN'],
    [{ m: new Map() }, 'result.m is a Map'],
  ])('rejects %p naming the path', (value, message) => {
    expect(() => assertJsonSafe(value)).toThrow(message);
  });

  it('copies through JSON', () => {
    const original = { a: { b: [1, 2] } };
    const copy = jsonCopy(original);
    expect(copy).toEqual(original);
    expect(copy.a).not.toBe(original.a);
  });
});
