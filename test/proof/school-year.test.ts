// A school year at the size (36 weeks, 150 students, 80 resources), run once: every cycle complete, no resource twice, every response merged, and no student email or name in the runtime's logs or execution records.
import { collectedTexts, studentDataIn } from '../../scripts/proof/privacy';
import { runSchoolYear, SCHOOL_YEAR, yearClaims, type YearRun } from '../../scripts/proof/school-year';

/**
 * The year makes ~6,400 executions (an hourly tick each hour of 36 weeks, each a fresh sandbox):
 * 96 s in jest here, nearly 10 minutes when the machine was shared by many jobs.
 */
const YEAR_TIMEOUT_MS = 1_200_000;
const HOURS_IN_YEAR = SCHOOL_YEAR.weeks * 7 * 24;

describe('a school year', () => {
  let run: YearRun;
  beforeAll(() => {
    run = runSchoolYear(SCHOOL_YEAR);
  }, YEAR_TIMEOUT_MS);

  it('completes every cycle, never sends a resource twice, merges every response, honours an opt-out, keeps every check-in, holds 10:00 across daylight saving, sends from the co-teacher alone after the take-over', () => {
    expect(yearClaims(run, SCHOOL_YEAR).filter((claim) => !claim.holds)).toEqual([]);
  });

  it('keeps student emails and names out of log output and execution records, every execution of the year read', () => {
    expect(run.collector.executions.length).toBeGreaterThan(HOURS_IN_YEAR - 7 * 24);
    expect(studentDataIn(collectedTexts(run.collector), [...run.people.values()])).toEqual([]);
  });
});
