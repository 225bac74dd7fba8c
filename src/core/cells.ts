// Cell values in and out: reading any cell as text, lists and booleans, and writing student text that stays text.

/** What getValues returns for one cell: empty cells are ''. */
export type Cell = string | number | boolean | Date;

/** Text Sheets would not keep as typed: a formula or sign start, or an apostrophe it would swallow. */
const NEEDS_QUOTE = /^[=+\-@']/;

/**
 * Whole texts Sheets reads as a number, a date, a time or a boolean when they are written to a
 * cell that is not plain text ("00123" → 123, "2027-01-02" → a date; APPS_SCRIPT_FACTS.md, "Sheets
 * values"): digits with separators, a sign, currency, percent or exponent; a month name with a day
 * or year; TRUE and FALSE. Wider than Sheets on purpose: quoting text that would have stayed text
 * changes nothing.
 */
const TYPED_VALUE =
  /^\s*(?:true|false|[+-]?[$€£¥]?\s*[+-]?(?:\d[\d\s.,/:-]*|\.\d+)(?:e[+-]?\d+)?\s*%?(?:\s*[ap]\.?m\.?)?|(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,4}(?:,?\s+\d{2,4})?)\s*$/i;

/** Text that a quote keeps as it is (see textCell); a quote before it is Rapport's, not the writer's. */
function keptByQuote(text: string): boolean {
  return NEEDS_QUOTE.test(text) || TYPED_VALUE.test(text);
}

/**
 * Sheets turns a written string that starts with `=`, `+`, `-` or `@` into a formula (or a number)
 * unless the cell is plain text or the value starts with an apostrophe, which Sheets does not keep
 * in the value (APPS_SCRIPT_FACTS.md, "Sheets values"). Every student- or teacher-supplied string
 * goes through this, so `=HYPERLINK(...)` is stored as those characters and never evaluated; a
 * string that itself starts with an apostrophe is quoted too, or Sheets would swallow it.
 */
export function safeCellText(text: string): string {
  return NEEDS_QUOTE.test(text) ? `'${text}` : text;
}

/**
 * Keys and ids (a student id "00123", a resource id, a cycle id) as they must be written to stay
 * this exact text in any cell, also in rows below the ones set-up formatted as plain text (a
 * teacher's appended rows, the Sent log past its first 1,000 rows): quoted like safeCellText, and
 * also when Sheets would read the whole text as a number, date, time or boolean. Reading undoes
 * the quote (cellText); a plain-text cell gets the text without it (plainTextCell).
 */
export function textCell(text: string): string {
  return keptByQuote(text) ? `'${text}` : text;
}

/** Undoes a quote safeCellText or textCell added (kept by a plain-text cell), and nothing else: no trimming. */
function unquoted(text: string): string {
  return text.startsWith("'") && keptByQuote(text.slice(1)) ? text.slice(1) : text;
}

/**
 * A value read with getValues, to write back where it was as the same text, exactly as typed
 * (spaces included). getValues gives `=1+1` for text typed as `'=1+1`, so a string is quoted again
 * (after undoing a quote kept by a plain-text cell), or a cell that lost its plain-text format
 * would make it a formula; writeCells drops the quote again where the cell is plain text.
 */
export function rewrittenCell(value: Cell): Cell {
  return typeof value === 'string' ? textCell(unquoted(value)) : value;
}

/**
 * A value as it is written into a cell formatted as plain text ('@'). Such a cell keeps a string
 * exactly as written, a leading apostrophe included (APPS_SCRIPT_FACTS.md, "Sheets values";
 * docs/LOCAL_RUNTIME.md), so the quote safeCellText adds for other cells would show in the sheet
 * ("'- asked about hiking club"): it is dropped. Text needs no quote there to stay text. The
 * quote stays only where reading (cellText) would otherwise take the text's own apostrophe for
 * one: before an apostrophe followed by = + - @ or another apostrophe.
 */
export function plainTextCell(value: Cell): Cell {
  if (typeof value !== 'string' || !value.startsWith("'")) return value;
  const rest = value.slice(1);
  return keptByQuote(rest) && unquoted(rest) === rest ? rest : value;
}

/**
 * A cell as text. Reverses `safeCellText` too: a cell formatted as plain text ('@') keeps the
 * quoting apostrophe, which is not part of what the student wrote. (In a cell that is not plain
 * text, a student's own text starting with an apostrophe and then one of = + - @ ' reads back
 * without that apostrophe, as does one followed by a whole number or date ("'5"): the one case the
 * two storage modes cannot tell apart.)
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isDate(value)) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  return unquoted(String(value).trim());
}

/** A checkbox cell is a boolean; a teacher may also have typed yes/no, x, 1/0 or true/false. */
export function cellBoolean(value: unknown, fallback: boolean): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  const text = cellText(value).toLowerCase();
  if (['true', 'yes', 'y', 'x', '1', '✓', '✔'].includes(text)) return true;
  if (['false', 'no', 'n', '0'].includes(text)) return false;
  return fallback;
}

/**
 * A comma-separated text (interests, types, tags) as its trimmed, de-duplicated entries; `;` and
 * new lines also separate. Takes text already read with `cellText` (or typed in the sidebar), so
 * that an entry's own leading apostrophe is not taken for a quote a second time.
 */
export function splitList(text: string): string[] {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const raw of text.split(/[,;\n]/)) {
    const item = raw.trim();
    if (item && !seen.has(item.toLowerCase())) {
      seen.add(item.toLowerCase());
      items.push(item);
    }
  }
  return items;
}

/** A Date from any realm (the sandbox's Date class differs from the host's). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * True when every cell is empty, whitespace or an unticked checkbox: set-up puts checkbox
 * validation on whole columns, so an untouched row may read `false` there.
 */
export function isBlankRow(cells: readonly unknown[]): boolean {
  return cells.every((cell) => cell === false || cellText(cell) === '');
}
