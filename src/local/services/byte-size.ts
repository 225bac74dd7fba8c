// Apps Script's storage limits are in bytes of UTF-8, not in JavaScript string length.

export const KB = 1024;

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
