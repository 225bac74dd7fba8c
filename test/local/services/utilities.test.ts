// Utilities: formatDate's argument rules, unique UUIDs, sleep on the virtual clock with its 5-minute cap, base64.
import { ExecutionKilled, MESSAGES } from '../../../src/local/runtime/errors';
import { createUtilities, SLEEP_MAX_MS, UTILITIES_MESSAGES } from '../../../src/local/services/utilities';
import { elapsed, newServiceContext, thrownBy, ZERO_LATENCY } from '../helpers/service-context';

describe('Utilities', () => {
  it('formatDate formats a Date in the zone it is given', () => {
    const utilities = createUtilities(newServiceContext());
    const date = new Date(Date.UTC(2026, 10, 23, 14, 5));
    expect(utilities.formatDate(date, 'America/New_York', 'yyyy-MM-dd HH:mm')).toBe('2026-11-23 09:05');
    expect(utilities.formatDate(date, 'Australia/Sydney', 'yyyy-MM-dd HH:mm')).toBe('2026-11-24 01:05');
  });

  it('formatDate rejects a date that is not a Date with Apps Script\'s signature message', () => {
    const utilities = createUtilities(newServiceContext());
    const error = thrownBy(() => utilities.formatDate('2026-11-23' as unknown as Date, 'UTC', 'yyyy'));
    expect(error).toMatchObject({
      name: 'Exception',
      message: "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    });
    expect(() => utilities.formatDate(new Date(NaN), 'UTC', 'yyyy')).toThrow(UTILITIES_MESSAGES.invalidDate);
  });

  it('getUuid gives version-4 UUIDs that never repeat, drawing on the workspace counter', () => {
    const ctx = newServiceContext();
    const utilities = createUtilities(ctx);
    const before = ctx.state.nextId;
    const ids = Array.from({ length: 1000 }, () => utilities.getUuid());
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(1000);
    expect(ctx.state.nextId).toBe(before + 1000);
  });

  it('sleep spends exactly its milliseconds of virtual time', () => {
    const ctx = newServiceContext({ latency: ZERO_LATENCY });
    expect(elapsed(ctx, () => createUtilities(ctx).sleep(1500))).toBe(1500);
  });

  it('sleep accepts at most 300000 ms; more throws and spends nothing', () => {
    const ctx = newServiceContext({ latency: ZERO_LATENCY });
    const utilities = createUtilities(ctx);
    let error: Error | undefined;
    expect(elapsed(ctx, () => (error = thrownBy(() => utilities.sleep(SLEEP_MAX_MS + 1))))).toBe(0);
    expect(error).toMatchObject({ name: 'Exception', message: UTILITIES_MESSAGES.sleepTooLong });
    expect(elapsed(ctx, () => utilities.sleep(SLEEP_MAX_MS))).toBe(SLEEP_MAX_MS);
  });

  it('sleeping past 6 minutes in one execution kills it', () => {
    const ctx = newServiceContext();
    const utilities = createUtilities(ctx);
    utilities.sleep(SLEEP_MAX_MS);
    expect(() => utilities.sleep(SLEEP_MAX_MS)).toThrow(ExecutionKilled);
    expect(ctx.exec.killed).toBe(MESSAGES.timeLimit);
  });

  it('base64Encode encodes a string as UTF-8 and a Byte[] of signed bytes', () => {
    const utilities = createUtilities(newServiceContext());
    expect(utilities.base64Encode('héllo')).toBe('aMOpbGxv');
    expect(utilities.base64Encode([-61, -87])).toBe('w6k=');
  });

  it('counts calls by method name', () => {
    const ctx = newServiceContext();
    const utilities = createUtilities(ctx);
    utilities.getUuid();
    utilities.sleep(10);
    expect(ctx.exec.calls).toEqual({ 'Utilities.getUuid': 1, 'Utilities.sleep': 1 });
  });
});
