// Turns contract values (ISO dates, shares, counts) into the short English text the sidebar shows.
import type { SectionShare } from '../../shared/rpc';

/** "1 row" / "3 rows". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** A 0..1 share as a whole percentage, clamped so a bad value never draws past the bar. */
export function percent(share: number): number {
  if (!Number.isFinite(share)) return 0;
  return Math.round(Math.min(1, Math.max(0, share)) * 100);
}

/** "12 of 20 (60%)": the text every section bar carries. */
export function shareText(section: SectionShare): string {
  return `${section.connected} of ${section.students} (${percent(section.share)}%)`;
}

/** How long ago the last check-in was, in words; null means there has never been one. */
export function daysSinceText(days: number | null): string {
  if (days === null) return 'never';
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * 'YYYY-MM-DD' as "Thu, Nov 26", with the year ("Mon, Nov 8, 2027") when it is not the year of
 * `today` (a next-year birthday must not read as last month's). The date is already in the
 * spreadsheet's time zone, so it is formatted as a calendar date (UTC), never shifted into the browser's zone.
 */
export function formatDay(iso: string, today?: string): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return iso;
  const sameYear = today === undefined || today.slice(0, 4) === match[1];
  return date.toLocaleDateString('en-US', { timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric', ...(sameYear ? {} : { year: 'numeric' }) });
}

/** "Maya", "Maya and Leo", "Maya, Leo and Ana". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
