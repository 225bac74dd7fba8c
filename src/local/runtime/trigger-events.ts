// The event objects Apps Script passes to triggered functions: plain fields, plus the service objects some carry.
import type { AuthMode, ServiceContext } from './context';
import type { SpreadsheetState, TriggerState } from './state';
import { isoWeekOfYear } from '../services/calendar-dates';
import type { ResponseRow } from '../services/form-destination';
import { userObject } from '../services/session';
import { Gate } from '../services/spreadsheet/gate';
import { LocalRange } from '../services/spreadsheet/range';
import { LocalSpreadsheet } from '../services/spreadsheet/spreadsheet';
import { wallClockAt } from '../../core/time-zone';

/** Builds the fields Apps Script fills with service objects (a Range, a Spreadsheet, a User) inside the receiving execution. */
export type EventObjects = (ctx: ServiceContext) => Record<string, unknown>;

/**
 * An event as a trigger hands it over: `data` is the plain part (it reaches the sandbox as JSON,
 * like every argument), `objects` adds the service objects, made in the execution that receives
 * the event so their calls count there. Only Apps Script's own field names, nothing local-only.
 * Enum fields (authMode) are their names, which compare equal to the local ScriptApp enums.
 */
export interface TriggerEvent {
  data: Record<string, unknown>;
  objects?: EventObjects;
}

/**
 * A time-driven event (events guide [C]): authMode, year, month (1-12), day-of-month, day-of-week
 * (1 = Monday ... 7 = Sunday [P]), week-of-year (ISO [U]), hour, minute, second, timezone and
 * triggerUid. The fields are read in the trigger's time zone, which `timezone` names [U: Google's
 * example shows 'UTC'; a script should not rely on either and use its own time zone].
 */
export function timeDrivenEvent(trigger: TriggerState, at: number, scriptTimeZone: string): TriggerEvent {
  const timezone = trigger.clock?.timeZone ?? scriptTimeZone;
  const wall = wallClockAt(at, timezone);
  const data = {
    authMode: 'FULL',
    year: wall.year,
    month: wall.month,
    'day-of-month': wall.day,
    'day-of-week': wall.weekday === 0 ? 7 : wall.weekday,
    'week-of-year': isoWeekOfYear(wall),
    hour: wall.hour,
    minute: wall.minute,
    second: wall.second,
    timezone,
    triggerUid: trigger.uid,
  };
  return { data };
}

/**
 * A spreadsheet form-submit event (events guide [C]): authMode, `namedValues` (each header of the
 * responses tab to a one-element array), `range` (the Range of the new row, header-wide), `source`
 * (the Spreadsheet), triggerUid, and `values` (the row's text in column order). The tab is found by
 * its sheet id when the execution starts, so a tab renamed since still gives the right Range.
 */
export function spreadsheetFormSubmitEvent(trigger: TriggerState, row: ResponseRow): TriggerEvent {
  const namedValues: Record<string, string[]> = {};
  row.headers.forEach((header, index) => {
    namedValues[header] = [row.values[index] ?? ''];
  });
  return {
    data: { authMode: 'FULL', namedValues, triggerUid: trigger.uid, values: [...row.values] },
    objects: (ctx) => {
      const spreadsheet = ctx.state.spreadsheets[row.spreadsheetId];
      const sheet = spreadsheet?.sheets.find((candidate) => candidate.sheetId === row.sheetId);
      if (!spreadsheet || !sheet) return {};
      const gate = new Gate(ctx);
      const grid = { row: row.row, column: 1, numRows: 1, numColumns: row.headers.length };
      return { range: new LocalRange(gate, spreadsheet, sheet, grid), source: new LocalSpreadsheet(gate, spreadsheet) };
    },
  };
}

/**
 * A Sheets open event (events guide, "Open" [C]): authMode, source (the Spreadsheet), user (a User,
 * "if available") and, for an installable trigger only, triggerUid. Whether `user` is present in
 * AuthMode.NONE is not documented: it is left out there [U].
 */
export function openEvent(spreadsheet: SpreadsheetState, authMode: AuthMode, user: string, trigger?: TriggerState): TriggerEvent {
  return {
    data: { authMode, ...(trigger ? { triggerUid: trigger.uid } : {}) },
    objects: (ctx) => ({
      source: new LocalSpreadsheet(new Gate(ctx), ctx.state.spreadsheets[spreadsheet.id]),
      ...(authMode === 'NONE' ? {} : { user: userObject(ctx, user) }),
    }),
  };
}

/** An editor add-on's install event (events guide, "Install" [C]): `{ authMode: FULL }` and nothing else. */
export function installEvent(): Record<string, unknown> {
  return { authMode: 'FULL' };
}
