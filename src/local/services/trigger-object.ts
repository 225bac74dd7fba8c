// ScriptApp's enums and the Trigger object a script gets back from create() and getProjectTriggers().
import type { ServiceContext } from '../runtime/context';
import type { TriggerState } from '../runtime/state';

/**
 * Apps Script enums print as their names (`String(ScriptApp.EventType.CLOCK) === 'CLOCK'`), and
 * event objects carry them through JSON as names, so the local enums are name strings: a script's
 * `e.authMode == ScriptApp.AuthMode.FULL` holds locally as it does in Apps Script.
 */
function namedEnum<T>(names: readonly string[]): T {
  return Object.freeze(Object.fromEntries(names.map((name) => [name, name]))) as T;
}

/** Weekday names in Date#getDay order, as ScriptApp.WeekDay names them. */
export const WEEK_DAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'] as const;

export const SCRIPT_ENUMS = {
  AuthMode: namedEnum<typeof GoogleAppsScript.Script.AuthMode>(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']),
  AuthorizationStatus: namedEnum<typeof GoogleAppsScript.Script.AuthorizationStatus>(['REQUIRED', 'NOT_REQUIRED']),
  EventType: namedEnum<typeof GoogleAppsScript.Script.EventType>(['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED']),
  InstallationSource: namedEnum<typeof GoogleAppsScript.Script.InstallationSource>(['APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON']),
  TriggerSource: namedEnum<typeof GoogleAppsScript.Script.TriggerSource>(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR']),
  WeekDay: namedEnum<typeof GoogleAppsScript.Base.Weekday>(WEEK_DAYS),
};

/** Where a trigger's events come from: the clock, or the spreadsheet the add-on runs in (trigger-rules.ts allows no other file). */
function triggerSourceOf(trigger: TriggerState): 'CLOCK' | 'SPREADSHEETS' {
  return trigger.eventType === 'CLOCK' ? 'CLOCK' : 'SPREADSHEETS';
}

/**
 * A Trigger (reference page [C]). getTriggerSourceId is null for a clock trigger, as the reference
 * says; the object keeps answering after the trigger is deleted, as a held Apps Script object does.
 */
export function triggerObject(ctx: ServiceContext, trigger: TriggerState): GoogleAppsScript.Script.Trigger {
  const call = (method: string) => ctx.exec.call(`ScriptApp.${method}`);
  const source = triggerSourceOf(trigger);
  return {
    getUniqueId() {
      call('getUniqueId');
      return trigger.uid;
    },
    getHandlerFunction() {
      call('getHandlerFunction');
      return trigger.handler;
    },
    getEventType() {
      call('getEventType');
      return SCRIPT_ENUMS.EventType[trigger.eventType];
    },
    getTriggerSource() {
      call('getTriggerSource');
      return SCRIPT_ENUMS.TriggerSource[source];
    },
    getTriggerSourceId() {
      call('getTriggerSourceId');
      return (source === 'CLOCK' ? null : trigger.sourceId) as string;
    },
  };
}
