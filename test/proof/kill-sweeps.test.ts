// The kill sweep of issue 12, small: a 30-student cycle and the five other writes, killed at every few calls in all four faults, resumed; nothing doubled, lost or left unlike an unkilled run.
import { killScenarios } from '../../scripts/proof/kill-scenarios';
import { killSweep } from '../../scripts/proof/kill-sweep';

/** `npm run prove kills` sweeps a 200-student class at every call; here every ninth call keeps the suite's time. */
const STUDENTS = 30;
const EVERY = 9;

describe('the kill sweep, small', () => {
  const [cycle, ...others] = killScenarios(STUDENTS);

  it('finishes a killed cycle on the next ticks: no duplicate, nobody missed who is not listed unknown, at most a batch unknown, the Sent log agreeing with the outbox', () => {
    const result = killSweep(cycle.make(), { every: EVERY });
    expect(result.problems).toEqual([]);
    expect(result.killsTried).toBeGreaterThanOrEqual(4 * (result.calls / EVERY));
    // The sweep reaches kills mid-batch (some sends unknown) as well as between batches.
    expect(result.largest.unknown).toBeGreaterThan(0);
    expect(result.totals).toMatchObject({ duplicates: 0, neverEmailed: 0, disagreeing: 0 });
  }, 90_000);

  it.each(others)('ends $name, killed, as an unkilled run ends it, saved once', ({ make }) => {
    const result = killSweep(make(), { every: EVERY });
    expect(result.problems).toEqual([]);
    expect(result.killsTried).toBeGreaterThan(0);
    expect(result.totals).toMatchObject({ duplicates: 0, lost: 0, diverged: 0 });
  }, 60_000);
});
