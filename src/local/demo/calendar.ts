// Calendar days relative to the workspace clock, in the spreadsheet's time zone, as 'YYYY-MM-DD'.

/** The calendar day `offsetDays` from the day `now` falls on in `timeZone`. */
export function isoDay(now: number, timeZone: string, offsetDays = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  const [year, month, day] = today.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + offsetDays)).toISOString().slice(0, 10);
}
