// The bundle's Date keeps local time in the script's zone (appsscript.json timeZone), not the machine's: the same results under any TZ.
import { advanceClock } from '../../../src/local/runtime/scheduler';
import { runtimeWithBundle } from '../helpers/bundle';

const DAY = 86_400_000;

const BUNDLE = `
function setUp() { ScriptApp.newTrigger('atNine').timeBased().everyDays(1).atHour(9).create(); }
function atNine() {
  var now = new Date();
  var store = PropertiesService.getScriptProperties();
  var seen = JSON.parse(store.getProperty('seen') || '[]');
  seen.push({ hours: now.getHours(), day: now.getDay(), offset: now.getTimezoneOffset(), text: String(now).slice(0, 15) });
  store.setProperty('seen', JSON.stringify(seen));
}
function seen() { return JSON.parse(PropertiesService.getScriptProperties().getProperty('seen')); }
function cellDate() {
  var cell = SpreadsheetApp.getActiveSheet().getRange('A1');
  cell.setValue(new Date(2026, 0, 1));
  var back = cell.getValue();
  return { iso: back.toISOString(), hours: back.getHours(), date: back.getDate(), isDate: back instanceof Date, display: cell.getDisplayValue(),
    local: new Date('2026-01-01 09:00').toISOString(), text: String(back),
    intlZone: Intl.DateTimeFormat().resolvedOptions().timeZone, intlHour: new Intl.DateTimeFormat('en-US', { hour: 'numeric' }).format(back) };
}
`;

describe("the bundle's Date in the script's time zone", () => {
  it("sees 9 o'clock in New York when a daily 9:00 trigger fires, whatever the machine's zone", () => {
    const runtime = runtimeWithBundle(BUNDLE, { now: Date.UTC(2026, 10, 23, 5) }); // Monday 00:00 in New York
    expect(runtime.state.user.scriptTimeZone).toBe('America/New_York');
    expect(runtime.run('setUp').record.outcome).toBe('ok');
    expect(advanceClock(runtime, 2 * DAY).map((r) => r.record.outcome)).toEqual(['ok', 'ok']);
    expect(runtime.run('seen').value).toEqual([
      { hours: 9, day: 1, offset: 300, text: 'Mon Nov 23 2026' },
      { hours: 9, day: 2, offset: 300, text: 'Tue Nov 24 2026' },
    ]);
  });

  it("makes, stores and reads back cell Dates in the script's zone, and Intl formats there by default", () => {
    const runtime = runtimeWithBundle(BUNDLE);
    expect(runtime.run('cellDate').value).toEqual({
      iso: '2026-01-01T05:00:00.000Z',
      hours: 0,
      date: 1,
      isDate: true,
      display: '1/1/2026',
      local: '2026-01-01T14:00:00.000Z',
      text: 'Thu Jan 01 2026 00:00:00 GMT-0500 (Eastern Standard Time)',
      intlZone: 'America/New_York',
      intlHour: '12 AM',
    });
  });

  it('follows the script zone the workspace sets (Tokyo)', () => {
    const runtime = runtimeWithBundle(BUNDLE);
    runtime.state.user.scriptTimeZone = 'Asia/Tokyo';
    runtime.state.spreadsheets[runtime.state.activeSpreadsheetId as string].timeZone = 'Asia/Tokyo';
    expect(runtime.run('cellDate').value).toMatchObject({ iso: '2025-12-31T15:00:00.000Z', hours: 0, date: 1, display: '1/1/2026', local: '2026-01-01T00:00:00.000Z', intlZone: 'Asia/Tokyo' });
  });
});
