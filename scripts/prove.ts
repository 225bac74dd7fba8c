// `npm run prove`: the full-size fault and load sweeps of issue 12, printed as tables; exits non-zero when any invariant fails.
import { buildAll } from './build';
import { concurrencySection } from './proof/concurrency';
import { killScenarios } from './proof/kill-scenarios';
import { killSection, killSweep } from './proof/kill-sweep';
import { claimsSection, smallQuotaClaims, triggerRuntimeClaims, workspaceClaims } from './proof/quota';
import { formatSection, type Section } from './proof/report';
import { SCHOOL_YEAR, yearSection } from './proof/school-year';

/** The sizes: a 200-student cycle, killed at every call. */
const KILL_SWEEP_STUDENTS = 200;

/** The concurrency sweep: many seeded overlaps of the tick, Send now, a check-in and two responses. */
const CONCURRENCY = { students: 150, seeds: 200 };
/** 1,500 students on a consumer's 100 recipients a day finish in 15 days. */
const QUOTA_CLASS = { students: 1500, quota: 100, days: 15 };
/** Classes a Workspace account sends on 1,500 recipients a day. */
const WORKSPACE_SIZES = [150, 1500, 2000];

const SECTIONS: Record<string, () => Section> = {
  kills: () => killSection(killScenarios(KILL_SWEEP_STUDENTS).map(({ make }) => killSweep(make()))),
  concurrency: () => concurrencySection(CONCURRENCY.students, CONCURRENCY.seeds),
  quota: () =>
    claimsSection('Quota and time', [
      ...smallQuotaClaims(QUOTA_CLASS.students, QUOTA_CLASS.quota, QUOTA_CLASS.days),
      ...WORKSPACE_SIZES.flatMap(workspaceClaims),
      ...triggerRuntimeClaims(150, 20),
    ]),
  year: () => yearSection(SCHOOL_YEAR),
};

async function main(): Promise<void> {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !(name in SECTIONS));
  if (unknown.length > 0) throw new Error(`Unknown section ${unknown.join(', ')}. The sections are: ${Object.keys(SECTIONS).join(', ')}.`);
  await buildAll();
  let failed = 0;
  for (const name of asked.length > 0 ? asked : Object.keys(SECTIONS)) {
    const started = Date.now();
    const section = SECTIONS[name]();
    failed += section.problems.length;
    console.log(`${formatSection(section)}\n\n(${name}: ${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  }
  if (failed > 0) {
    console.error(`${failed} invariant${failed === 1 ? '' : 's'} failed.`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
