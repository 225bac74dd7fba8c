// The schedule panel's pure helpers.
import { asksToSendAgain, cycleProgress, cycleStatusText, DEFAULT_DRAFT, draftFrom, hourLabel } from '../../../src/client/logic/sending';
import type { CycleView } from '../../../src/shared/rpc';

const cycle: CycleView = { id: 'Cycle 2026-11-23 10:00', status: 'sending', counts: { planned: 5, sent: 10, skipped: 2, failed: 1, unknown: 2 }, unknown: [], problem: null, startedAt: '', finishedAt: null };

describe('schedule panel logic', () => {
  it('starts the form from the saved schedule, or the default', () => {
    expect(draftFrom(null)).toEqual(DEFAULT_DRAFT);
    const schedule = { everyWeeks: 3, weekday: 'Friday' as const, hour: 7, paused: true, reviewBeforeSending: true };
    expect(draftFrom({ schedule } as never)).toEqual(schedule);
  });

  it('labels hours on a 24-hour clock and counts progress in students', () => {
    expect([hourLabel(0), hourLabel(9), hourLabel(23)]).toEqual(['00:00', '09:00', '23:00']);
    expect(cycleProgress(cycle)).toEqual({ done: 15, total: 20 });
    expect(cycleStatusText({ ...cycle, status: 'review' })).toBe('Waiting for your approval');
    expect(asksToSendAgain('A cycle (x) finished less than a day ago. Send a new round to every student anyway?')).toBe(true);
    expect(asksToSendAgain('No plan is waiting for approval.')).toBe(false);
  });
});
