// ScriptApp: creating, listing and deleting installable triggers under an editor add-on's rules.
import type { ServiceContext } from '../../../src/local/runtime/context';
import { createFormApp } from '../../../src/local/services/form-app';
import { createScriptApp, LOCAL_SCRIPT_ID } from '../../../src/local/services/script-app';
import { anotherExecution, newServiceContext, thrownBy } from '../helpers/service-context';

/** Opens the add-on in another class spreadsheet (a copy of the first, under `id`), as the teacher would. */
function useAddOnIn(ctx: ServiceContext, id: string): void {
  ctx.state.spreadsheets[id] ??= { ...ctx.state.spreadsheets['sheet-1'], id };
  ctx.state.activeSpreadsheetId = id;
}

function hourlyTrigger(ctx: ServiceContext, handler = 'onTick') {
  return createScriptApp(ctx).newTrigger(handler).timeBased().everyHours(1).create();
}

describe('ScriptApp triggers', () => {
  it('creates a time-driven trigger that getProjectTriggers lists, with a null source id', () => {
    const ctx = newServiceContext();
    const created = hourlyTrigger(ctx);
    const [listed] = createScriptApp(ctx).getProjectTriggers();
    expect(listed.getUniqueId()).toBe(created.getUniqueId());
    expect(listed.getHandlerFunction()).toBe('onTick');
    expect(String(listed.getEventType())).toBe('CLOCK');
    expect(String(listed.getTriggerSource())).toBe('CLOCK');
    expect(listed.getTriggerSourceId()).toBeNull();
    expect(ctx.state.triggers[0]).toEqual(expect.objectContaining({ owner: ctx.user, sourceId: 'sheet-1', eventType: 'CLOCK' }));
  });

  it('refuses a second time-driven trigger in the same document with Apps Script\'s message', () => {
    const ctx = newServiceContext();
    hourlyTrigger(ctx);
    const error = thrownBy(() => createScriptApp(ctx).newTrigger('other').timeBased().everyDays(1).atHour(9).create());
    expect(error.name).toBe('Exception');
    expect(error.message).toBe('This add-on has created too many time-based triggers in this document for this Google user account.');
    expect(ctx.state.triggers).toHaveLength(1);
  });

  it('lets a co-teacher hold their own time-driven trigger in the same document', () => {
    const ctx = newServiceContext();
    hourlyTrigger(ctx);
    hourlyTrigger(anotherExecution(ctx, 'coteacher@example.edu'));
    expect(ctx.state.triggers.map((t) => t.owner)).toEqual([ctx.user, 'coteacher@example.edu']);
  });

  it('refuses a second form-submit trigger on the same spreadsheet with the same style of message', () => {
    const ctx = newServiceContext();
    const scriptApp = createScriptApp(ctx);
    scriptApp.newTrigger('onFormSubmit').forSpreadsheet('sheet-1').onFormSubmit().create();
    const error = thrownBy(() => scriptApp.newTrigger('again').forSpreadsheet('sheet-1').onFormSubmit().create());
    expect(error.message).toBe('This add-on has created too many form-submit triggers in this document for this Google user account.');
  });

  it('allows one trigger of each event type in the same document', () => {
    const ctx = newServiceContext();
    const scriptApp = createScriptApp(ctx);
    hourlyTrigger(ctx);
    scriptApp.newTrigger('a').forSpreadsheet('sheet-1').onFormSubmit().create();
    scriptApp.newTrigger('b').forSpreadsheet('sheet-1').onOpen().create();
    scriptApp.newTrigger('c').forSpreadsheet('sheet-1').onEdit().create();
    scriptApp.newTrigger('d').forSpreadsheet('sheet-1').onChange().create();
    expect(scriptApp.getProjectTriggers().map((t) => String(t.getEventType()))).toEqual(['CLOCK', 'ON_FORM_SUBMIT', 'ON_OPEN', 'ON_EDIT', 'ON_CHANGE']);
  });

  it('refuses everyMinutes: an add-on\'s time-driven trigger may not run more often than hourly', () => {
    const ctx = newServiceContext();
    const error = thrownBy(() => createScriptApp(ctx).newTrigger('onTick').timeBased().everyMinutes(30).create());
    expect(error.message).toBe('Add-ons cannot create time-based triggers that run more often than once per hour.');
    expect(ctx.state.triggers).toEqual([]);
  });

  it('refuses the 21st trigger of one user with Apps Script\'s message', () => {
    const ctx = newServiceContext();
    const scriptApp = createScriptApp(ctx);
    // One trigger of each of the five kinds in each of four class spreadsheets: twenty in all.
    for (const id of ['class-a', 'class-b', 'class-c', 'class-d']) {
      useAddOnIn(ctx, id);
      hourlyTrigger(ctx);
      scriptApp.newTrigger('onSubmit').forSpreadsheet(id).onFormSubmit().create();
      scriptApp.newTrigger('onOpened').forSpreadsheet(id).onOpen().create();
      scriptApp.newTrigger('onEdited').forSpreadsheet(id).onEdit().create();
      scriptApp.newTrigger('onChanged').forSpreadsheet(id).onChange().create();
    }
    useAddOnIn(ctx, 'class-e');
    const error = thrownBy(() => hourlyTrigger(ctx));
    expect(error.message).toBe('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
    expect(ctx.state.triggers).toHaveLength(20);
  });

  it('refuses a trigger on another file than the document the add-on runs in, such as a form it created', () => {
    const ctx = newServiceContext();
    const form = createFormApp(ctx).create('Survey');
    useAddOnIn(ctx, 'class-b');
    useAddOnIn(ctx, 'sheet-1');
    const message = 'Add-ons can only create triggers for the document in which the add-on is used.';
    expect(thrownBy(() => createScriptApp(ctx).newTrigger('onFormEvent').forForm(form).onFormSubmit().create()).message).toBe(message);
    expect(thrownBy(() => createScriptApp(ctx).newTrigger('onOther').forSpreadsheet('class-b').onFormSubmit().create()).message).toBe(message);
    expect(ctx.state.triggers).toEqual([]);
  });

  it('deletes a trigger, after which the same kind can be created again', () => {
    const ctx = newServiceContext();
    const scriptApp = createScriptApp(ctx);
    scriptApp.deleteTrigger(hourlyTrigger(ctx));
    expect(scriptApp.getProjectTriggers()).toEqual([]);
    expect(() => hourlyTrigger(ctx)).not.toThrow();
  });

  it('lists only the current user\'s triggers, and getUserTriggers only those on the document', () => {
    const ctx = newServiceContext();
    useAddOnIn(ctx, 'class-b');
    createScriptApp(ctx).newTrigger('onOtherClassSubmit').forSpreadsheet('class-b').onFormSubmit().create();
    useAddOnIn(ctx, 'sheet-1');
    hourlyTrigger(ctx);
    const coTeacher = anotherExecution(ctx, 'coteacher@example.edu');
    hourlyTrigger(coTeacher, 'theirs');
    const documentWithId = (id: string) => ({ getId: () => id }) as GoogleAppsScript.Spreadsheet.Spreadsheet;
    expect(createScriptApp(ctx).getUserTriggers(documentWithId('sheet-1')).map((t) => t.getHandlerFunction())).toEqual(['onTick']);
    expect(createScriptApp(ctx).getUserTriggers(documentWithId('class-b')).map((t) => String(t.getTriggerSource()))).toEqual(['SPREADSHEETS']);
    expect(createScriptApp(coTeacher).getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['theirs']);
  });

  it('refuses a trigger on a spreadsheet that does not exist', () => {
    const ctx = newServiceContext();
    expect(() => createScriptApp(ctx).newTrigger('x').forSpreadsheet('nope').onOpen().create()).toThrow(/No item with the given ID/);
  });

  it('refuses a clock trigger without a schedule, and atHour without a daily or weekly frequency', () => {
    const ctx = newServiceContext();
    expect(() => createScriptApp(ctx).newTrigger('x').timeBased().create()).toThrow(/has no schedule/);
    expect(() => createScriptApp(ctx).newTrigger('x').timeBased().atHour(9).create()).toThrow(/need everyDays or everyWeeks/);
  });

  it('refuses an hour outside 0-23 and an unknown time zone', () => {
    const ctx = newServiceContext();
    expect(() => createScriptApp(ctx).newTrigger('x').timeBased().atHour(24)).toThrow('Invalid argument: hour');
    expect(() => createScriptApp(ctx).newTrigger('x').timeBased().inTimezone('Mars/Olympus_Mons')).toThrow('Invalid argument: timezone');
  });

  it('stores a weekly trigger\'s weekday, hour and zone, and its first run', () => {
    const ctx = newServiceContext();
    const scriptApp = createScriptApp(ctx);
    scriptApp.newTrigger('weekly').timeBased().everyWeeks(2).onWeekDay(scriptApp.WeekDay.FRIDAY).atHour(7).inTimezone('Europe/Paris').create();
    const [trigger] = ctx.state.triggers;
    expect(trigger.clock).toEqual({ everyWeeks: 2, weekDay: 5, atHour: 7, timeZone: 'Europe/Paris' });
    expect(new Date(trigger.nextRun as number).getUTCDay()).toBe(5);
  });

  it('has name-valued enums, a fixed script id, and counts every call', () => {
    const ctx = newServiceContext();
    const scriptApp = createScriptApp(ctx);
    expect(scriptApp.AuthMode.FULL).toBe('FULL');
    expect(String(scriptApp.EventType.ON_FORM_SUBMIT)).toBe('ON_FORM_SUBMIT');
    expect(scriptApp.getScriptId()).toBe(LOCAL_SCRIPT_ID);
    hourlyTrigger(ctx);
    expect(ctx.exec.calls).toEqual(
      expect.objectContaining({ 'ScriptApp.getScriptId': 1, 'ScriptApp.newTrigger': 1, 'ScriptApp.timeBased': 1, 'ScriptApp.everyHours': 1, 'ScriptApp.create': 1 }),
    );
  });
});
