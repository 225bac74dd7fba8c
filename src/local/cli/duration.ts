// Durations for `advance`: 90m, 6h, 2d, 3w, at most a year at a time.

const UNIT_MS: Readonly<Record<string, number>> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/**
 * The longest single move of the clock (366 days, so `52w` and `366d` pass): beyond it the clock
 * would soon leave the range a Date can hold, and an hourly trigger would fire tens of thousands of times.
 */
export const MAX_ADVANCE_MS = 366 * UNIT_MS.d;

/** Milliseconds for a whole positive number and one unit (m, h, d, w), or null when malformed. */
export function parseDuration(text: string): number | null {
  const match = /^(\d+)([mhdw])$/.exec(text.trim());
  if (!match) return null;
  const amount = Number(match[1]);
  return amount > 0 ? amount * UNIT_MS[match[2]] : null;
}
