// The event objects Apps Script passes to triggered functions: plain fields, plus the service objects some carry.
import type { AuthMode, ServiceContext } from './context';
import type { CellState, SpreadsheetState, TriggerState } from './state';
import { isoWeekOfYear } from '../services/calendar-dates';
import type { ResponseRow } from '../services/form-destination';
import { userObject } from '../services/session';
import { Gate } from '../services/spreadsheet/gate';
import { LocalRange } from '../services/spreadsheet/range';
import { LocalSpreadsheet } from '../services/spreadsheet/spreadsheet';
import { isDate } from '../services/spreadsheet/typed-input';
import { offsetAt, wallClockAt } from '../../core/time-zone';

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

/** Sheets' day zero, 1899-12-30, as days before the Unix epoch (Sheets API serial numbers [C]). */
const SERIAL_DAYS_BEFORE_EPOCH = 25569;
const DAY_MS = 86_400_000;

/**
 * A cell's value as an edit event's text: numbers as numerals, booleans TRUE/FALSE, a Date as its
 * serial number in the spreadsheet's zone (46388 for 2027-01-01) as scripts report for typed dates
 * [P]; undefined for an empty cell or a formula, whose result is not computed locally.
 */
export function eventText(cell: CellState | null | undefined, timeZone: string): string | undefined {
  if (!cell || cell.f !== undefined || cell.v === '') return undefined;
  const { v } = cell;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isDate(v)) {
    const time = v.getTime();
    return String((time + offsetAt(time, timeZone)) / DAY_MS + SERIAL_DAYS_BEFORE_EPOCH);
  }
  return String(v);
}

/** The edited cell and the texts the edit event reports for it. */
export interface EditedCell {
  sheetId: number;
  row: number;
  column: number;
  /** The cell's value after the edit, as the event's text; absent when the edit emptied it. */
  value?: string;
  /** The value before, absent when the cell was empty. */
  oldValue?: string;
}

/**
 * A Sheets edit event (events guide, "Edit" [C]): authMode, range (the edited cell), source (the
 * Spreadsheet), user (a User; left out in AuthMode.NONE as for open [U]), value and oldValue ("only
 * available if the edited range is a single cell", oldValue "undefined if the cell had no previous
 * content" [C]; both are text, as dumps of real events show [P]), and triggerUid for an installable
 * trigger only.
 */
export function editEvent(spreadsheet: SpreadsheetState, cell: EditedCell, authMode: AuthMode, user: string, trigger?: TriggerState): TriggerEvent {
  const texts = { ...(cell.value === undefined ? {} : { value: cell.value }), ...(cell.oldValue === undefined ? {} : { oldValue: cell.oldValue }) };
  return {
    data: { authMode, ...texts, ...(trigger ? { triggerUid: trigger.uid } : {}) },
    objects: (ctx) => {
      const current = ctx.state.spreadsheets[spreadsheet.id];
      const sheet = current.sheets.find((candidate) => candidate.sheetId === cell.sheetId);
      const gate = new Gate(ctx);
      return {
        ...(sheet ? { range: new LocalRange(gate, current, sheet, { row: cell.row, column: cell.column, numRows: 1, numColumns: 1 }) } : {}),
        source: new LocalSpreadsheet(gate, current),
        ...(authMode === 'NONE' ? {} : { user: userObject(ctx, user) }),
      };
    },
  };
}

/** An editor add-on's install event (events guide, "Install" [C]): `{ authMode: FULL }` and nothing else. */
export function installEvent(): Record<string, unknown> {
  return { authMode: 'FULL' };
}
