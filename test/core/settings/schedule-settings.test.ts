// The schedule's settings section: a saved schedule reads back as saved; a damaged one is reported by name, never used.
import { applyScheduleInput } from '../../../src/core/schedule/schedule';
import { decodeSection } from '../../../src/core/settings/section';
import { SCHEDULE_SETTINGS } from '../../../src/core/settings/schedule-settings';

describe('SCHEDULE_SETTINGS', () => {
  it('reads back what was saved, and the defaults when nothing was', () => {
    const schedule = applyScheduleInput(null, { everyWeeks: 2, weekday: 'Tuesday', hour: 8 }, Date.parse('2027-01-01T00:00:00Z'), 'Europe/London');
    const stored = JSON.stringify({ version: 1, value: { schedule, owner: 'teacher@example.edu' } });
    expect(decodeSection(SCHEDULE_SETTINGS, stored)).toEqual({ value: { schedule, owner: 'teacher@example.edu' }, problem: null });
    expect(decodeSection(SCHEDULE_SETTINGS, undefined)).toEqual({ value: { schedule: null, owner: null }, problem: null });
  });

  it('reports a damaged schedule by name', () => {
    const stored = JSON.stringify({ version: 1, value: { schedule: { everyWeeks: 12, weekday: 'Monday', hour: 8, anchorDate: '2027-01-04', notBefore: 0 }, owner: 'a@b.example' } });
    const read = decodeSection(SCHEDULE_SETTINGS, stored);
    expect(read.value).toEqual({ schedule: null, owner: null });
    expect(read.problem?.message).toContain('sending schedule');
    expect(decodeSection(SCHEDULE_SETTINGS, JSON.stringify({ version: 1, value: { schedule: { everyWeeks: 1, weekday: 'Monday', hour: 8, anchorDate: 'soon', notBefore: 0 }, owner: null } })).problem).not.toBeNull();
  });
});
