// The concurrency sweep of issue 12, small: the tick, Send now, a check-in and two responses overlapping in seeded orders; nobody emailed twice, nothing lost.
import { concurrencySection, concurrencyWorkload, overlapOnce } from '../../scripts/proof/concurrency';

/** `npm run prove concurrency` runs 150 students over many more seeds. */
const STUDENTS = 30;
const SEEDS = 10;

it(`keeps every email single and every response and check-in over ${SEEDS} seeded overlaps`, () => {
  const section = concurrencySection(STUDENTS, SEEDS);
  expect(section.problems).toEqual([]);
  const [[seeds, distinct, overlapped]] = section.rows;
  expect(seeds).toBe(SEEDS);
  expect(distinct).toBe(SEEDS);
  expect(overlapped).toBeGreaterThan(SEEDS / 2);
}, 60_000);

it('does not follow Send now with the scheduled cycle a second later (the defect this sweep found)', () => {
  const workload = concurrencyWorkload(STUDENTS);
  // Seed 8 runs Send now to its end just before the hourly tick's slot comes.
  const outcome = overlapOnce(workload, 8);
  expect(outcome.order.indexOf('Send now')).toBeLessThan(outcome.order.indexOf('the hourly tick'));
  expect(outcome).toMatchObject({ duplicates: 0, incompleteCycles: 0 });
}, 30_000);
