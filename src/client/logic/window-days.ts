// The dashboard's window (N days): parsed from the input and remembered in localStorage.
export const DEFAULT_WINDOW_DAYS = 14;
export const MAX_WINDOW_DAYS = 365;
const STORAGE_KEY = 'rapport.windowDays';

/** The part of Storage this needs, so tests can pass a plain object. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

/** A whole number of days from 1 to 365, or null for anything else. */
export function parseWindowDays(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const days = Number(text);
  return days >= 1 && days <= MAX_WINDOW_DAYS ? days : null;
}

/** Storage may be missing or throw (a sandboxed frame with storage blocked): fall back to the default. */
export function loadWindowDays(store: KeyValueStore | null): number {
  try {
    return parseWindowDays(store?.getItem(STORAGE_KEY) ?? '') ?? DEFAULT_WINDOW_DAYS;
  } catch {
    return DEFAULT_WINDOW_DAYS;
  }
}

export function saveWindowDays(store: KeyValueStore | null, days: number): void {
  try {
    store?.setItem(STORAGE_KEY, String(days));
  } catch {
    // Remembering the window is a convenience; a blocked store only means the default next time.
  }
}
