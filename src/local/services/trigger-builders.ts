// ScriptApp's trigger builders: newTrigger(handler).timeBased() / forSpreadsheet() / forForm() ... create().
import type { ServiceContext } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import type { TriggerState } from '../runtime/state';
import { firstRun, type ClockSchedule } from './trigger-schedule';
import { assertTriggerAllowed } from './trigger-rules';
import { triggerObject, WEEK_DAYS } from './trigger-object';
import { UNCONFIRMED } from './unconfirmed-messages';
import { isKnownTimeZone } from './calendar-dates';
import { instantOf, wallClockAt } from '../../core/time-zone';

type Trigger = GoogleAppsScript.Script.Trigger;
type Call = (method: string) => void;

/** Something with getId(): a Spreadsheet or Form object, as forSpreadsheet/forForm accept. */
interface HasId {
  getId(): string;
}

function documentId(documentOrId: HasId | string): string {
  return typeof documentOrId === 'string' ? documentOrId : documentOrId.getId();
}

function assertWhole(value: number, min: number, max: number, name: string): void {
  if (!Number.isInteger(value) || value < min || value > max) throw appsScriptError(UNCONFIRMED.invalidArgument(name));
}

/** Stores a new trigger after the add-on rules allow it, and returns its Trigger object. */
function install(ctx: ServiceContext, trigger: TriggerState, repeatsEveryMinutes = false): Trigger {
  assertTriggerAllowed(ctx.state, trigger, repeatsEveryMinutes);
  ctx.state.triggers.push(trigger);
  return triggerObject(ctx, trigger);
}

function newUid(ctx: ServiceContext): string {
  return String(ctx.state.nextId++);
}

/**
 * A clock trigger builder. Models Apps Script's ClockTriggerBuilder (reference page [C]) with an
 * editor add-on's limits: everyMinutes is accepted by the builder but refused at create() [U when].
 * everyDays/everyWeeks without atHour fire at the creation hour, and everyWeeks without onWeekDay
 * on the creation weekday [U]; onWeekDay alone means weekly.
 */
function clockTriggerBuilder(ctx: ServiceContext, call: Call, handler: string): GoogleAppsScript.Script.ClockTriggerBuilder {
  const schedule: ClockSchedule = {};
  let repeatsEveryMinutes = false;
  let timeZone = ctx.state.user.scriptTimeZone;
  const setFrequency = (frequency: Partial<ClockSchedule>): void => {
    delete schedule.everyHours;
    delete schedule.everyDays;
    delete schedule.everyWeeks;
    delete schedule.at;
    delete schedule.monthDay;
    repeatsEveryMinutes = false;
    Object.assign(schedule, frequency);
  };
  const builder = {
    after(durationMilliseconds: number) {
      call('ScriptApp.after');
      setFrequency({ at: ctx.exec.now + durationMilliseconds });
      return builder;
    },
    at(date: GoogleAppsScript.Base.Date) {
      call('ScriptApp.at');
      setFrequency({ at: date.getTime() });
      return builder;
    },
    atHour(hour: number) {
      call('ScriptApp.atHour');
      assertWhole(hour, 0, 23, 'hour');
      schedule.atHour = hour;
      return builder;
    },
    everyMinutes(n: number) {
      call('ScriptApp.everyMinutes');
      setFrequency({});
      repeatsEveryMinutes = n > 0;
      return builder;
    },
    everyHours(n: number) {
      call('ScriptApp.everyHours');
      assertWhole(n, 1, 24 * 7, 'n');
      setFrequency({ everyHours: n });
      return builder;
    },
    everyDays(n: number) {
      call('ScriptApp.everyDays');
      assertWhole(n, 1, 366, 'n');
      setFrequency({ everyDays: n });
      return builder;
    },
    everyWeeks(n: number) {
      call('ScriptApp.everyWeeks');
      assertWhole(n, 1, 52, 'n');
      setFrequency({ everyWeeks: n });
      return builder;
    },
    onWeekDay(day: GoogleAppsScript.Base.Weekday) {
      call('ScriptApp.onWeekDay');
      const index = WEEK_DAYS.indexOf(String(day) as (typeof WEEK_DAYS)[number]);
      if (index < 0) throw appsScriptError(UNCONFIRMED.invalidArgument('day'));
      schedule.weekDay = index;
      if (!schedule.everyWeeks) setFrequency({ everyWeeks: 1 });
      return builder;
    },
    /** Monthly on that day (ClockTriggerBuilder.onMonthDay, 1-31 [C]); at the creation hour unless atHour says [U]. */
    onMonthDay(day: number) {
      call('ScriptApp.onMonthDay');
      assertWhole(day, 1, 31, 'day');
      setFrequency({ monthDay: day });
      return builder;
    },
    /** Once, at midnight of that date in the trigger's zone (ClockTriggerBuilder.atDate [C]; month 1-12). */
    atDate(year: number, month: number, day: number) {
      call('ScriptApp.atDate');
      assertWhole(year, 1970, 9999, 'year');
      assertWhole(month, 1, 12, 'month');
      assertWhole(day, 1, 31, 'day');
      setFrequency({ at: instantOf(timeZone, year, month, day) });
      return builder;
    },
    nearMinute(minute: number) {
      call('ScriptApp.nearMinute');
      assertWhole(minute, 0, 59, 'minute');
      schedule.nearMinute = minute;
      return builder;
    },
    inTimezone(zone: string) {
      call('ScriptApp.inTimezone');
      if (!isKnownTimeZone(zone)) throw appsScriptError(UNCONFIRMED.invalidArgument('timezone'));
      timeZone = zone;
      return builder;
    },
    create(): Trigger {
      call('ScriptApp.create');
      const now = ctx.exec.now;
      const daily = schedule.everyDays !== undefined || schedule.everyWeeks !== undefined || schedule.monthDay !== undefined;
      const hasFrequency = daily || schedule.everyHours !== undefined || schedule.at !== undefined;
      if (!hasFrequency && !repeatsEveryMinutes) {
        const needsFrequency = schedule.atHour !== undefined || schedule.nearMinute !== undefined;
        throw appsScriptError(needsFrequency ? UNCONFIRMED.clockTriggerWithoutFrequency : UNCONFIRMED.clockTriggerWithoutSchedule);
      }
      const created = wallClockAt(now, timeZone);
      if (daily && schedule.atHour === undefined) schedule.atHour = created.hour;
      if (schedule.everyWeeks !== undefined && schedule.weekDay === undefined) schedule.weekDay = created.weekday;
      const uid = newUid(ctx);
      const clock: ClockSchedule = { ...schedule, timeZone };
      return install(
        ctx,
        {
          uid,
          handler,
          owner: ctx.user,
          // An add-on's clock trigger belongs to the document it was created in.
          sourceId: ctx.state.activeSpreadsheetId ?? '',
          eventType: 'CLOCK',
          clock,
          nextRun: firstRun(clock, uid, now, timeZone),
        },
        repeatsEveryMinutes,
      );
    },
  };
  return builder as unknown as GoogleAppsScript.Script.ClockTriggerBuilder;
}

type DocumentEvent = Exclude<TriggerState['eventType'], 'CLOCK'>;

/**
 * A spreadsheet or form trigger builder: choose the event, then create(). The document must
 * exist in the workspace; the add-on's per-document limit applies per event type.
 */
function documentTriggerBuilder(ctx: ServiceContext, call: Call, handler: string, sourceId: string, kind: 'spreadsheet' | 'form') {
  let eventType: DocumentEvent | null = null;
  const choose = (method: string, type: DocumentEvent) => () => {
    call(`ScriptApp.${method}`);
    eventType = type;
    return builder;
  };
  const builder = {
    onFormSubmit: choose('onFormSubmit', 'ON_FORM_SUBMIT'),
    onOpen: choose('onOpen', 'ON_OPEN'),
    onEdit: choose('onEdit', 'ON_EDIT'),
    onChange: choose('onChange', 'ON_CHANGE'),
    create(): Trigger {
      call('ScriptApp.create');
      const exists = kind === 'spreadsheet' ? sourceId in ctx.state.spreadsheets : sourceId in ctx.state.forms;
      if (!exists) throw appsScriptError(UNCONFIRMED.noSuchDocument);
      if (!eventType) throw appsScriptError(UNCONFIRMED.invalidArgument('event type'));
      return install(ctx, { uid: newUid(ctx), handler, owner: ctx.user, sourceId, eventType });
    },
  };
  return builder;
}

/** ScriptApp.newTrigger(handler): the generic builder that picks the trigger's source. */
export function triggerBuilder(ctx: ServiceContext, call: Call, handler: string): GoogleAppsScript.Script.TriggerBuilder {
  const builder = {
    timeBased() {
      call('ScriptApp.timeBased');
      return clockTriggerBuilder(ctx, call, handler);
    },
    forSpreadsheet(spreadsheet: HasId | string) {
      call('ScriptApp.forSpreadsheet');
      return documentTriggerBuilder(ctx, call, handler, documentId(spreadsheet), 'spreadsheet');
    },
    forForm(form: HasId | string) {
      call('ScriptApp.forForm');
      const { onFormSubmit, onOpen, create } = documentTriggerBuilder(ctx, call, handler, documentId(form), 'form');
      const formBuilder = {
        onFormSubmit: () => (onFormSubmit(), formBuilder),
        onOpen: () => (onOpen(), formBuilder),
        create,
      };
      return formBuilder;
    },
  };
  return builder as unknown as GoogleAppsScript.Script.TriggerBuilder;
}
