// Quota and time of issue 12, small: a class finishing on a small daily quota in the days it needs, everyone once; a cycle within the 6-minute limit; a week's trigger runtime under 90 minutes.
import { smallQuotaClaims, triggerRuntimeClaims, workspaceClaims } from '../../scripts/proof/quota';

// `npm run prove quota` runs the sizes: 1,500 students on 100 a day in 15 days, Workspace classes of 150 to 2,000.
it('finishes 50 students on a quota of 10 a day within 5 days, each emailed once', () => {
  const claims = smallQuotaClaims(50, 10, 5);
  expect(claims.filter((c) => !c.holds)).toEqual([]);
  expect(claims).toHaveLength(3);
}, 60_000);

it('sends a Workspace cycle of 150 in executions well inside six minutes', () => {
  expect(workspaceClaims(150).filter((c) => !c.holds)).toEqual([]);
}, 30_000);

it('keeps a normal week of hourly ticks and form submissions under the 90-minute daily trigger runtime', () => {
  expect(triggerRuntimeClaims(60, 10).filter((c) => !c.holds)).toEqual([]);
}, 60_000);
