// Jest: the tests whose results could follow the machine's time zone (dates, schedules, triggers, survey timestamps),
// run by scripts/test-zones.sh under other TZ values; they must give the same results everywhere.
import base from './jest.config.js';

const ZONE_SENSITIVE = [
  'core/{dates,time-zone,last-check-in,dashboard,check-ins}.test.ts',
  'core/{schedule,sending,survey}/*.test.ts',
  'local/runtime/{virtual-date,script-time-zone,scheduler,trigger-events,trigger-quota,open-spreadsheet}.test.ts',
  'local/services/{trigger-schedule,monthly-and-dated-triggers,utilities,simple-date-format,calendar-dates,form-responses}.test.ts',
  'local/services/spreadsheet/{typed-input,display,range-values}.test.ts',
  'server/{schedule,sending,survey,last-check-in-kept,log-check-in,sidebar-state}.test.ts',
];

/** @type {import('jest').Config} */
export default { ...base, testMatch: ZONE_SENSITIVE.map((glob) => `<rootDir>/test/${glob}`) };
