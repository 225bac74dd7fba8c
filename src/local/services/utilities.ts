// The local Utilities: formatDate in a time zone, getUuid, sleep on the virtual clock, base64Encode.
import { createHash } from 'node:crypto';
import type { ServiceContext } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import { signatureMismatch } from './signature-error';
import { formatJavaDate } from './simple-date-format';

type Utilities = GoogleAppsScript.Utilities.Utilities;

/** Utilities reference page: "The maximum allowed value is 300000 (or 5 minutes)." */
export const SLEEP_MAX_MS = 300_000;

/** Messages for bad arguments; the texts for a sleep over the maximum and for an invalid Date are not known [U]. */
export const UTILITIES_MESSAGES = {
  sleepTooLong: `Invalid argument: milliseconds. The maximum allowed value is ${SLEEP_MAX_MS}.`,
  invalidDate: 'Invalid argument: date',
} as const;

export function createUtilities(
  ctx: ServiceContext,
): Pick<Utilities, 'formatDate' | 'getUuid' | 'sleep' | 'base64Encode'> {
  return {
    /**
     * Java SimpleDateFormat in the given zone (Utilities reference page; APPS_SCRIPT_FACTS.md,
     * "Time"). The date must be a Date: Apps Script rejects a string or number with its
     * signature-mismatch message, which catches dates read back as text.
     */
    formatDate(date, timeZone, format) {
      ctx.exec.call('Utilities.formatDate');
      if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
        throw signatureMismatch('Utilities.formatDate', [date, timeZone, format]);
      }
      if (Number.isNaN(date.getTime())) throw appsScriptError(UTILITIES_MESSAGES.invalidDate);
      return formatJavaDate(date.getTime(), timeZone, format);
    },
    /**
     * A version-4 UUID. Deterministic, so runs are reproducible, and unique because its last 12
     * hex digits are the workspace's next id, which only ever grows.
     */
    getUuid() {
      ctx.exec.call('Utilities.getUuid');
      return uuidFromCounter(ctx.state.nextId++);
    },
    /** Sleeping spends virtual time, so it counts toward the 6-minute limit as it does in Apps Script. */
    sleep(milliseconds) {
      ctx.exec.call('Utilities.sleep');
      if (milliseconds > SLEEP_MAX_MS) throw appsScriptError(UTILITIES_MESSAGES.sleepTooLong);
      ctx.exec.advance(Math.max(0, Number(milliseconds) || 0));
    },
    /** A string is encoded as UTF-8; a Byte[] holds Java's signed bytes (-128..127). */
    base64Encode(data: string | number[]) {
      ctx.exec.call('Utilities.base64Encode');
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.map((byte) => byte & 0xff));
      return bytes.toString('base64');
    },
  };
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Hex from a hash of the counter, in the version-4 layout, with the counter itself as the last group. */
function uuidFromCounter(counter: number): string {
  const hex = createHash('sha256').update(`uuid:${counter}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const tail = counter.toString(16).padStart(12, '0').slice(-12);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${tail}`;
}
