// Event objects handed to triggered functions: plain data with Apps Script's field names.
import type { TriggerState } from '../../../src/local/runtime/state';
import { installEvent, openEvent, spreadsheetFormSubmitEvent, timeDrivenEvent } from '../../../src/local/runtime/trigger-events';
import { emptyWorkspace } from '../../../src/local/runtime/state';

const weekly: TriggerState = {
  uid: '42',
  handler: 'onTick',
  owner: 'teacher@example.edu',
  sourceId: 'sheet-1',
  eventType: 'CLOCK',
  clock: { everyWeeks: 1, weekDay: 0, atHour: 8, timeZone: 'Asia/Tokyo' },
};

describe('time-driven events', () => {
  it('count Sunday as day 7 and read the fields in the trigger\'s zone', () => {
    const sundayMorningInTokyo = Date.UTC(2026, 10, 28, 23, 5, 9); // Sunday 2026-11-29 08:05:09 in Tokyo
    expect(timeDrivenEvent(weekly, sundayMorningInTokyo, 'America/New_York').data).toEqual(
      expect.objectContaining({ 'day-of-week': 7, 'day-of-month': 29, hour: 8, minute: 5, second: 9, timezone: 'Asia/Tokyo', 'week-of-year': 48 }),
    );
  });

  it('fall back to the script\'s zone for a trigger without one', () => {
    const { clock: _clock, ...withoutZone } = weekly;
    expect(timeDrivenEvent(withoutZone, Date.UTC(2026, 10, 28, 23, 5), 'America/New_York').data).toEqual(
      expect.objectContaining({ timezone: 'America/New_York', hour: 18, 'day-of-week': 6 }),
    );
  });
});

describe('spreadsheet form-submit events', () => {
  it('give every header a one-element array, blank answers included, and only Apps Script\'s plain fields', () => {
    const { data } = spreadsheetFormSubmitEvent(weekly, {
      spreadsheetId: 'sheet-1',
      sheetId: 0,
      row: 7,
      headers: ['Timestamp', 'Name', 'Goals'],
      values: ['11/23/2026 9:00:00', 'Ana'],
    });
    expect(data.namedValues).toEqual({ Timestamp: ['11/23/2026 9:00:00'], Name: ['Ana'], Goals: [''] });
    expect(Object.keys(data).sort()).toEqual(['authMode', 'namedValues', 'triggerUid', 'values']);
  });
});

describe('open and install events', () => {
  const spreadsheet = emptyWorkspace(0).spreadsheets['sheet-1'];

  it('give an installable open trigger its triggerUid, the simple onOpen none', () => {
    expect(openEvent(spreadsheet, 'LIMITED', 'ana@example.edu').data).toEqual({ authMode: 'LIMITED' });
    expect(openEvent(spreadsheet, 'FULL', 'ana@example.edu', weekly).data).toEqual({ authMode: 'FULL', triggerUid: '42' });
  });

  it('give onInstall { authMode: FULL } and nothing else', () => {
    expect(installEvent()).toEqual({ authMode: 'FULL' });
  });
});
