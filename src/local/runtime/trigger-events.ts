// The event objects Apps Script passes to triggered functions, as plain data.
import type { AuthMode } from './context';
import type { SpreadsheetState, TriggerState } from './state';
import { isoWeekOfYear } from '../services/calendar-dates';
import type { ResponseRow } from '../services/form-destination';
import { wallClockAt } from '../../core/time-zone';

/**
 * Event objects reach the sandbox through JSON, like every argument of a local execution: plain
 * data only. Where Apps Script passes objects with methods (a Range, a Spreadsheet, a Form, a
 * FormResponse), the local event carries the data a script needs instead, as noted per event.
 * Enum fields (authMode) are their names, which compare equal to the local ScriptApp enums.
 */
export type TriggerEvent = Record<string, unknown>;

/**
 * A time-driven event (events guide [C]): authMode, year, month (1-12), day-of-month, day-of-week
 * (1 = Monday ... 7 = Sunday [P]), week-of-year (ISO [U]), hour, minute, second, timezone and
 * triggerUid. The fields are read in the trigger's time zone, which `timezone` names [U: Google's
 * example shows 'UTC'; a script should not rely on either and use its own time zone].
 */
export function timeDrivenEvent(trigger: TriggerState, at: number, scriptTimeZone: string): TriggerEvent {
  const timezone = trigger.clock?.timeZone ?? scriptTimeZone;
  const wall = wallClockAt(at, timezone);
  return {
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
}

/**
 * A spreadsheet form-submit event (events guide [C]): `namedValues` maps each header of the
 * responses tab to a one-element array, `values` is the row's text in column order. `range` is a
 * Range in Apps Script; here it is the plain part a Range shows when serialised — rowStart,
 * rowEnd, columnStart, columnEnd [P] — plus the tab's name, because getRow()/getSheet() cannot
 * cross into the sandbox. `source` is not documented and not sent [U].
 */
export function spreadsheetFormSubmitEvent(trigger: TriggerState, row: ResponseRow): TriggerEvent {
  const namedValues: Record<string, string[]> = {};
  row.headers.forEach((header, index) => {
    namedValues[header] = [row.values[index] ?? ''];
  });
  return {
    authMode: 'FULL',
    namedValues,
    range: { sheetName: row.sheetName, rowStart: row.row, rowEnd: row.row, columnStart: 1, columnEnd: row.headers.length },
    triggerUid: trigger.uid,
    values: [...row.values],
  };
}

/**
 * A Sheets open event (events guide, "Open" [C]): authMode, source (the Spreadsheet), user (the
 * active user, "if available") and, for an installable trigger only, triggerUid. Here `source` is
 * the spreadsheet's id and name and `user` its email, because objects cannot cross into the
 * sandbox. Whether `user` is present in AuthMode.NONE is not documented: it is left out there [U].
 */
export function openEvent(spreadsheet: SpreadsheetState, authMode: AuthMode, user: string, trigger?: TriggerState): TriggerEvent {
  return {
    authMode,
    source: { id: spreadsheet.id, name: spreadsheet.name },
    ...(authMode === 'NONE' ? {} : { user: { email: user } }),
    ...(trigger ? { triggerUid: trigger.uid } : {}),
  };
}

/** An editor add-on's install event (events guide, "Install" [C]): `{ authMode: FULL }` and nothing else. */
export function installEvent(): TriggerEvent {
  return { authMode: 'FULL' };
}
