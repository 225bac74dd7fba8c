// PropertiesService: three stores of strings, per document and per user, with the 9 KB / 500 KB limits.
import { MESSAGES } from '../../../src/local/runtime/errors';
import {
  createPropertiesService,
  PROPERTY_STORE_LIMIT_BYTES,
  PROPERTY_VALUE_LIMIT_BYTES,
} from '../../../src/local/services/properties-service';
import { anotherExecution, newServiceContext, thrownBy } from '../helpers/service-context';

describe('PropertiesService', () => {
  it('gets, sets, lists and deletes properties; a missing key is null', () => {
    const ctx = newServiceContext();
    const props = createPropertiesService(ctx).getScriptProperties();
    expect(props.getProperty('missing')).toBeNull();
    props.setProperty('cycle', 'c-1').setProperty('paused', 'no');
    expect(props.getProperty('cycle')).toBe('c-1');
    expect(props.getKeys().sort()).toEqual(['cycle', 'paused']);
    expect(props.getProperties()).toEqual({ cycle: 'c-1', paused: 'no' });
    props.deleteProperty('cycle');
    expect(props.getProperties()).toEqual({ paused: 'no' });
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  it('stores every value as a string', () => {
    const props = createPropertiesService(newServiceContext()).getScriptProperties();
    props.setProperty('count', 42 as unknown as string);
    props.setProperties({ flag: true as unknown as string });
    expect(props.getProperty('count')).toBe('42');
    expect(props.getProperty('flag')).toBe('true');
  });

  it('getProperties returns a copy: changing it does not change the store', () => {
    const props = createPropertiesService(newServiceContext()).getScriptProperties();
    props.setProperty('a', '1');
    props.getProperties().a = 'changed';
    expect(props.getProperty('a')).toBe('1');
  });

  it('setProperties merges, or replaces everything with deleteAllOthers', () => {
    const props = createPropertiesService(newServiceContext()).getScriptProperties();
    props.setProperties({ a: '1', b: '2' });
    props.setProperties({ b: '3', c: '4' });
    expect(props.getProperties()).toEqual({ a: '1', b: '3', c: '4' });
    props.setProperties({ d: '5' }, true);
    expect(props.getProperties()).toEqual({ d: '5' });
  });

  it('keeps document properties per spreadsheet, and has none without a document', () => {
    const ctx = newServiceContext();
    createPropertiesService(ctx).getDocumentProperties()!.setProperty('schedule', 'weekly');
    expect(ctx.state.properties.document['sheet-1']).toEqual({ schedule: 'weekly' });
    ctx.state.activeSpreadsheetId = 'sheet-2';
    expect(createPropertiesService(ctx).getDocumentProperties()!.getProperty('schedule')).toBeNull();
    ctx.state.activeSpreadsheetId = null;
    expect(createPropertiesService(ctx).getDocumentProperties()).toBeNull();
  });

  it('keeps user properties per user, while script properties are shared', () => {
    const teacher = newServiceContext({ user: 'teacher@example.edu' });
    const coTeacher = anotherExecution(teacher, 'co@example.edu');
    createPropertiesService(teacher).getUserProperties().setProperty('draft', 'mine');
    createPropertiesService(teacher).getScriptProperties().setProperty('version', '1');
    expect(createPropertiesService(coTeacher).getUserProperties().getProperty('draft')).toBeNull();
    expect(createPropertiesService(coTeacher).getScriptProperties().getProperty('version')).toBe('1');
    expect(teacher.state.properties.user).toEqual({ 'teacher@example.edu': { draft: 'mine' } });
  });

  it('rejects a value over 9 KB (counted in UTF-8 bytes) with the quota message, changing nothing', () => {
    const props = createPropertiesService(newServiceContext()).getScriptProperties();
    props.setProperty('fits', 'x'.repeat(PROPERTY_VALUE_LIMIT_BYTES));
    expect(() => props.setProperty('big', 'x'.repeat(PROPERTY_VALUE_LIMIT_BYTES + 1))).toThrow(MESSAGES.propertyQuota);
    // 'é' is 2 bytes: half the limit in characters plus one is over it in bytes.
    expect(() => props.setProperty('accented', 'é'.repeat(PROPERTY_VALUE_LIMIT_BYTES / 2 + 1))).toThrow(MESSAGES.propertyQuota);
    expect(props.getKeys()).toEqual(['fits']);
  });

  it('rejects a write that takes the store over 500 KB, as an Exception, leaving the store as it was', () => {
    const props = createPropertiesService(newServiceContext()).getDocumentProperties()!;
    const value = 'v'.repeat(8 * 1024);
    const many: Record<string, string> = {};
    for (let i = 0; i < 62; i += 1) many[`k${i}`] = value; // 62 × ~8 KB = 496 KB
    props.setProperties(many);
    const error = thrownBy(() => props.setProperties({ k62: value, k63: value }));
    expect(error).toMatchObject({ name: 'Exception', message: MESSAGES.propertyQuota });
    expect(props.getKeys()).toHaveLength(62);
    expect(PROPERTY_STORE_LIMIT_BYTES).toBe(500 * 1024);
  });

  it('is not available in AuthMode.NONE, but is in LIMITED', () => {
    const none = createPropertiesService(newServiceContext({ authMode: 'NONE' }));
    expect(thrownBy(() => none.getDocumentProperties())).toMatchObject({
      name: 'Exception',
      message: expect.stringMatching(/^You do not have permission to call PropertiesService.getDocumentProperties\. Required permissions: /),
    });
    expect(() => none.getUserProperties()).toThrow(/permission/);
    expect(() => none.getScriptProperties()).toThrow(/permission/);
    const limited = createPropertiesService(newServiceContext({ authMode: 'LIMITED' }));
    expect(limited.getDocumentProperties()!.getKeys()).toEqual([]);
  });

  it('counts each call by method name', () => {
    const ctx = newServiceContext();
    const props = createPropertiesService(ctx).getScriptProperties();
    props.setProperty('a', '1');
    props.getProperty('a');
    props.getProperty('a');
    expect(ctx.exec.calls).toMatchObject({
      'PropertiesService.getScriptProperties': 1,
      'PropertiesService.setProperty': 1,
      'PropertiesService.getProperty': 2,
    });
  });
});
