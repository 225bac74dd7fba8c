// Apps Script's document-properties limits, counted in UTF-8 bytes as Google counts them, and the check a write must pass.
import type { Problem } from '../vocabulary';

export const KB = 1024;
/** Google's quotas page: "Properties value size 9 KB / val". */
export const PROPERTY_VALUE_LIMIT_BYTES = 9 * KB;
/** "Properties total storage 500 KB / property store"; keys are counted too, the stricter reading. */
export const PROPERTY_STORE_LIMIT_BYTES = 500 * KB;

/** Bytes of UTF-8 (a lone surrogate counts 3, as it is stored as U+FFFD); Apps Script has no TextEncoder to ask. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const point = char.codePointAt(0)!;
    bytes += point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The whole store's size: keys and values in UTF-8. */
export function storeBytes(properties: Readonly<Record<string, string>>): number {
  let total = 0;
  for (const [key, value] of Object.entries(properties)) total += utf8Bytes(key) + utf8Bytes(value);
  return total;
}

export function kilobytes(bytes: number): string {
  return `${(bytes / KB).toLocaleString('en-US', { maximumFractionDigits: 1 })} KB`;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * What stops a write before Apps Script refuses it with its bare quota message: a value over
 * 9 KB, or a store that would pass 500 KB. `name` says what is being saved, as the teacher should
 * read it (e.g. "Rapport's email settings (document property rapport.settings.email)"); `deleted`
 * keys are removed in the same change.
 */
export function propertyWriteProblems(
  current: Readonly<Record<string, string>>,
  changes: Readonly<Record<string, string>>,
  name: string,
  deleted: readonly string[] = [],
): Problem[] {
  const largest = Math.max(0, ...Object.values(changes).map(utf8Bytes));
  if (largest > PROPERTY_VALUE_LIMIT_BYTES) {
    return [{ message: `${capitalized(name)} would take ${kilobytes(largest)}, but Apps Script keeps at most ${kilobytes(PROPERTY_VALUE_LIMIT_BYTES)} in one document property. Nothing was saved.` }];
  }
  const next: Record<string, string> = { ...current, ...changes };
  for (const key of deleted) delete next[key];
  const total = storeBytes(next);
  if (total > PROPERTY_STORE_LIMIT_BYTES) {
    return [{ message: `Saving ${name} would bring Rapport's settings for this sheet to ${kilobytes(total)}, but Apps Script keeps at most ${kilobytes(PROPERTY_STORE_LIMIT_BYTES)} per document. Nothing was saved.` }];
  }
  return [];
}
