// The seeded generator behind the demo: repeatable, in range, and `some` never repeats an item.
import { picker, seededRandom } from '../../../src/local/demo/random';

test('the same seed gives the same sequence; another seed another one', () => {
  const a = seededRandom(7);
  const b = seededRandom(7);
  const c = seededRandom(8);
  const first = [a(), a(), a()];
  expect([b(), b(), b()]).toEqual(first);
  expect([c(), c(), c()]).not.toEqual(first);
  for (const x of first) expect(x >= 0 && x < 1).toBe(true);
});

test('picker.int stays within its bounds and reaches both ends', () => {
  const pick = picker(1);
  const seen = new Set(Array.from({ length: 200 }, () => pick.int(2, 5)));
  expect([...seen].sort()).toEqual([2, 3, 4, 5]);
});

test('picker.some draws distinct items, at most as many as there are', () => {
  const pick = picker(3);
  const drawn = pick.some(['a', 'b', 'c', 'd'], 3);
  expect(new Set(drawn).size).toBe(3);
  expect(pick.some(['a', 'b'], 5).sort()).toEqual(['a', 'b']);
});
