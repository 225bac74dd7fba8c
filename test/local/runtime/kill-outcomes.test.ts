// Both outcomes of a kill (buffered writes dropped or kept) and a fault after a call took effect.
import { describeFault, everyFault } from '../../../src/local/runtime/faults';
import { readValues } from '../../../src/local/services/spreadsheet/state-access';
import { runtimeWithBundle } from '../helpers/bundle';

/** Writes a row (buffered, call 4), sends a mail (call 5), then writes again (calls 6 and 7). */
const BUNDLE = `
function writeSendWrite() {
  var sheet = SpreadsheetApp.getActive().getSheets()[0];
  sheet.getRange('A1').setValue('before');
  MailApp.sendEmail('ana@school.org', 'Hello', 'Body');
  sheet.getRange('A2').setValue('after');
  return 'done';
}
`;

function run(fault: Parameters<ReturnType<typeof runtimeWithBundle>['run']>[2]) {
  const runtime = runtimeWithBundle(BUNDLE);
  const result = runtime.run('writeSendWrite', [], fault);
  return { result, rows: readValues(runtime.state.spreadsheets['sheet-1'].sheets[0]), mails: runtime.state.mail.outbox.length };
}

describe('kill outcomes', () => {
  it('drops buffered writes by default, and keeps them with killKeepsWrites', () => {
    expect(run({ failAt: 6 })).toMatchObject({ rows: [], mails: 1, result: { record: { outcome: 'killed' } } });
    expect(run({ failAt: 6, killKeepsWrites: true })).toMatchObject({ rows: [['before']], mails: 1 });
  });

  it('failAfter lets the call take effect (the mail went out), then kills the execution', () => {
    const { result, mails, rows } = run({ failAfter: 5 });
    expect(result.record.outcome).toBe('killed');
    expect(result.error).toBe('Injected fault after service call 5');
    expect([mails, rows]).toEqual([1, []]);
    expect(run({ failAt: 5 }).mails).toBe(0);
  });

  it('failAfter the last call kills the execution before it returns, its writes kept or dropped', () => {
    const calls = Object.values(run({}).result.record.calls).reduce((a, b) => a + b, 0);
    expect(run({ failAfter: calls }).result.record.outcome).toBe('killed');
    expect(run({ failAfter: calls }).rows).toEqual([]);
    expect(run({ failAfter: calls, killKeepsWrites: true }).rows).toEqual([['before'], ['after']]);
  });

  it('everyFault lists a kill before and after each call, each with both outcomes', () => {
    const faults = everyFault(2);
    expect(faults).toHaveLength(8);
    expect(faults.map(describeFault)).toContain('kill after call 2, writes kept');
    expect(faults.map(describeFault)).toContain('kill before call 1, writes dropped');
  });
});
