// The sidebar's drafts and the call's argument; the checks themselves are core's (test/server/one-validator.test.ts runs one table through both).
import { EMPTY_DRAFT, toCheckInInput, validateCheckIn } from '../../../src/client/logic/validation';

describe('check-in drafts', () => {
  test('a default draft is valid and is a one-on-one', () => {
    expect(validateCheckIn(toCheckInInput('s1', EMPTY_DRAFT), '2026-11-23')).toEqual([]);
    expect(EMPTY_DRAFT.kind).toBe('one-on-one');
  });

  test('a half-typed follow-up date (which the date input reports as empty) is refused', () => {
    expect(validateCheckIn(toCheckInInput('s1', EMPTY_DRAFT), '2026-11-23', true)).toEqual([{ column: 'Follow-up date', message: 'Finish the date (month, day and year), or clear it.' }]);
  });

  test('with no known today, a past follow-up is left to the server', () => {
    expect(validateCheckIn({ studentId: 's1', kind: 'greeting', note: '', followUp: '2020-01-01' }, undefined)).toEqual([]);
    expect(validateCheckIn({ studentId: 's1', kind: 'greeting', note: '', followUp: '2020-01-01' }, '2026-11-23').map((p) => p.message)).toEqual(['The follow-up date is in the past.']);
  });

  test('toCheckInInput leaves out an empty follow-up and keeps the note and request id as typed and made', () => {
    expect(toCheckInInput('s1', { kind: 'greeting', note: ' hi ', followUp: '', requestId: 'r1' })).toEqual({ studentId: 's1', kind: 'greeting', note: ' hi ', requestId: 'r1' });
    expect(toCheckInInput('s1', { kind: 'celebration', note: '', followUp: '2026-12-01', requestId: 'r2' })).toEqual({
      studentId: 's1',
      kind: 'celebration',
      note: '',
      followUp: '2026-12-01',
      requestId: 'r2',
    });
  });
});
