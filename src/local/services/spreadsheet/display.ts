// The text a cell shows (getDisplayValues): a value rendered through its number format in the spreadsheet's zone.
import type { CellValue } from '../../runtime/state';
import { wallClockAt } from '../../../core/time-zone';
import { defaultDateText, localeStyle, localizeNumeral, type LocaleStyle } from './locale-style';
import { isDate } from './typed-input';

/**
 * What getNumberFormat returns for a cell nobody formatted. Apps Script answers
 * '0.###############' for such cells, recalled from scripts that test for it [U].
 */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

/**
 * Models getDisplayValues: the formatted text in the spreadsheet's locale [P] (locale-style.ts).
 * Strings as they are; booleans 'TRUE'/'FALSE'; numbers in their number format — fixed and
 * optional decimals, grouping, percent, and a currency or quoted-text prefix or suffix — or with up
 * to 10 decimals when unformatted [U]; Dates in their date format, or the locale's date at midnight
 * and the date with 'H:mm:ss' otherwise, in the spreadsheet's time zone [U].
 */
export function displayText(value: CellValue, format: string | undefined, timeZone: string, locale = 'en_US'): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const style = localeStyle(locale);
  if (isDate(value)) return displayDate(value, format, timeZone, style);
  return displayNumber(value, format, style);
}

function displayDate(value: Date, format: string | undefined, timeZone: string, style: LocaleStyle): string {
  if (Number.isNaN(value.getTime())) return '';
  if (format && isDateFormat(format)) return formatDatePattern(value.getTime(), format, timeZone);
  const wall = wallClockAt(value.getTime(), timeZone);
  const date = defaultDateText(wall, style);
  if (wall.hour === 0 && wall.minute === 0 && wall.second === 0) return date;
  return `${date} ${wall.hour}:${pad(wall.minute)}:${pad(wall.second)}`;
}

const NUMBER_FORMAT = /^([#,]*0*)(?:\.(0*)(#*))?(%?)$/;
/** Literal text around a number format: "quoted", Sheets' currency [$€] or [$$-409], or a bare $. */
const PREFIX = /^(?:"([^"]*)"|\[\$([^\]-]*)[^\]]*\]|(\$))/;
const SUFFIX = /(?:"([^"]*)"|\[\$([^\]-]*)[^\]]*\])$/;

function displayNumber(value: number, format: string | undefined, style: LocaleStyle): string {
  if (!format || format === DEFAULT_NUMBER_FORMAT) return localizeNumeral(automaticNumber(value), style);
  const prefixMatch = PREFIX.exec(format);
  const afterPrefix = prefixMatch ? format.slice(prefixMatch[0].length) : format;
  const suffixMatch = SUFFIX.exec(afterPrefix);
  const core = (suffixMatch ? afterPrefix.slice(0, suffixMatch.index) : afterPrefix).trim();
  const match = NUMBER_FORMAT.exec(core);
  if (!match) return localizeNumeral(automaticNumber(value), style);
  const [, integerPart, fixedDecimals = '', optionalDecimals = '', percent] = match;
  const scaled = Math.abs(percent ? value * 100 : value);
  const minDecimals = fixedDecimals.length;
  let text = scaled.toFixed(minDecimals + optionalDecimals.length);
  if (optionalDecimals.length > 0) text = trimDecimals(text, minDecimals);
  if (integerPart.includes(',')) text = groupThousands(text);
  const sign = value < 0 && Number(text.replace(/,/g, '')) !== 0 ? '-' : '';
  const prefix = prefixMatch ? (prefixMatch[1] ?? prefixMatch[2] ?? prefixMatch[3]) : '';
  const suffix = suffixMatch ? (suffixMatch[1] ?? suffixMatch[2]) : '';
  return `${sign}${prefix}${localizeNumeral(text, style)}${percent}${suffix}`;
}

function automaticNumber(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude >= 1e15 || magnitude < 1e-10)) return value.toExponential().toUpperCase();
  const text = trimDecimals(value.toFixed(10), 0);
  return text === '-0' ? '0' : text;
}

/** Drops trailing zeros after the decimal point, keeping at least `keep` decimals. */
function trimDecimals(text: string, keep: number): string {
  const point = text.indexOf('.');
  if (point < 0) return text;
  let end = text.length;
  while (end > point + 1 + keep && text[end - 1] === '0') end -= 1;
  if (end === point + 1) end = point;
  return text.slice(0, end);
}

function groupThousands(text: string): string {
  const [integer, decimals] = text.split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return decimals === undefined ? grouped : `${grouped}.${decimals}`;
}

function isDateFormat(format: string): boolean {
  return /[ydhs]/i.test(format.replace(/"[^"]*"/g, '')) || /^m+$/i.test(format);
}

const DATE_TOKEN = /"[^"]*"|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|./gi;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * Renders a Sheets date-time format ('yyyy-mm-dd', 'M/d/yyyy h:mm am/pm', 'dddd, mmmm d').
 * As in Sheets, 'm'/'mm' mean minutes right after an hour or right before seconds, else the month.
 */
export function formatDatePattern(epochMs: number, format: string, timeZone: string): string {
  const wall = wallClockAt(epochMs, timeZone);
  const tokens = format.match(DATE_TOKEN) ?? [];
  const twelveHour = tokens.some((token) => token.toLowerCase() === 'am/pm');
  const isMinutes = (index: number): boolean => {
    const before = tokens.slice(0, index).reverse().find((t) => /^[a-z]/i.test(t));
    const after = tokens.slice(index + 1).find((t) => /^[a-z]/i.test(t));
    return (before !== undefined && /^h+$/i.test(before)) || (after !== undefined && /^s+$/i.test(after));
  };
  const hour = twelveHour ? ((wall.hour + 11) % 12) + 1 : wall.hour;
  return tokens
    .map((token, index) => {
      const lower = token.toLowerCase();
      if (token.startsWith('"')) return token.slice(1, -1);
      switch (lower) {
        case 'yyyy':
          return String(wall.year);
        case 'yy':
          return pad(wall.year % 100);
        case 'mmmm':
          return MONTHS[wall.month - 1];
        case 'mmm':
          return MONTHS[wall.month - 1].slice(0, 3);
        case 'mm':
          return pad(isMinutes(index) ? wall.minute : wall.month);
        case 'm':
          return String(isMinutes(index) ? wall.minute : wall.month);
        case 'dddd':
          return DAYS[wall.weekday];
        case 'ddd':
          return DAYS[wall.weekday].slice(0, 3);
        case 'dd':
          return pad(wall.day);
        case 'd':
          return String(wall.day);
        case 'hh':
          return pad(hour);
        case 'h':
          return String(hour);
        case 'ss':
          return pad(wall.second);
        case 's':
          return String(wall.second);
        case 'am/pm':
          return wall.hour < 12 ? 'AM' : 'PM';
        default:
          return token;
      }
    })
    .join('');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
