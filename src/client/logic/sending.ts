// Pure helpers for the schedule panel: the form's draft from the saved schedule, labels for hours and a cycle's progress.
import type { CycleView, ScheduleInput, SendingState } from '../../shared/rpc';

export type ScheduleDraft = Required<ScheduleInput>;

export const DEFAULT_DRAFT: ScheduleDraft = { everyWeeks: 2, weekday: 'Monday', hour: 9, paused: false, reviewBeforeSending: false };

export function draftFrom(state: SendingState | null): ScheduleDraft {
  return state?.schedule ? { ...state.schedule } : { ...DEFAULT_DRAFT };
}

/** 0 → "00:00", 13 → "13:00": the spreadsheet's clock, 24-hour so no AM/PM is misread. */
export function hourLabel(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

const STATUS_TEXT: Record<CycleView['status'], string> = {
  planning: 'Planning',
  review: 'Waiting for your approval',
  sending: 'Sending',
  stopped: 'Stopped',
  done: 'Finished',
};

export function cycleStatusText(cycle: CycleView): string {
  return STATUS_TEXT[cycle.status];
}

/** Students with a final status out of all students in the cycle, for the progress bar. */
export function cycleProgress(cycle: CycleView): { done: number; total: number } {
  const { planned, sent, skipped, failed, unknown } = cycle.counts;
  return { done: sent + skipped + failed + unknown, total: planned + sent + skipped + failed + unknown };
}

/** Send now's refusal after a recent cycle: the panel then offers to send again explicitly. */
export function asksToSendAgain(message: string): boolean {
  return message.includes('finished less than a day ago');
}
