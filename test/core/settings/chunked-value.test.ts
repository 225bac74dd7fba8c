// Chunked values: a text over 9 KB split across properties by UTF-8 bytes and read back whole or not at all.
import fc from 'fast-check';
import { chunkedRead, chunkedWrite, chunkKey, splitByBytes } from '../../../src/core/settings/chunked-value';
import { utf8Bytes } from '../../../src/core/settings/property-limits';

const KEY = 'rapport.cycle.plan';

function saved(text: string, before: Record<string, string> = {}): Record<string, string> {
  const write = chunkedWrite(KEY, text, before);
  if (!write.ok) throw new Error(write.problems[0].message);
  const after = { ...before, ...write.value.set };
  for (const key of write.value.stale) delete after[key];
  return after;
}

describe('splitting by bytes', () => {
  it('never cuts a character and keeps each piece within the limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 4, max: 40 }), (text, limit) => {
        const pieces = splitByBytes(text, limit);
        expect(pieces.join('')).toBe(text);
        for (const piece of pieces) expect(utf8Bytes(piece)).toBeLessThanOrEqual(limit);
      }),
    );
  });

  it('puts a 4-byte character whole into the next piece', () => {
    expect(splitByBytes('ab😀', 4)).toEqual(['ab', '😀']);
  });
});

describe('a chunked value', () => {
  const big = 'é'.repeat(20_000) + 'plan';

  it('comes back whole from pieces of at most 9 KB each', () => {
    const properties = saved(big);
    expect(Object.keys(properties)).toEqual([KEY, chunkKey(KEY, 0), chunkKey(KEY, 1), chunkKey(KEY, 2), chunkKey(KEY, 3), chunkKey(KEY, 4)]);
    for (const [key, value] of Object.entries(properties)) if (key !== KEY) expect(utf8Bytes(value)).toBeLessThanOrEqual(9 * 1024);
    expect(chunkedRead(KEY, properties)).toEqual({ ok: true, value: big });
  });

  it('is null when never saved', () => {
    expect(chunkedRead(KEY, {})).toEqual({ ok: true, value: null });
  });

  it('marks the pieces of a longer earlier value stale, and reads the new one even before they are deleted', () => {
    const before = saved(big);
    const write = chunkedWrite(KEY, 'short', before);
    expect(write.ok && write.value.stale.sort()).toEqual([chunkKey(KEY, 1), chunkKey(KEY, 2), chunkKey(KEY, 3), chunkKey(KEY, 4)]);
    expect(write.ok && chunkedRead(KEY, { ...before, ...write.value.set })).toEqual({ ok: true, value: 'short' });
  });

  it('is reported, never used, when a piece is missing', () => {
    const properties = saved(big);
    delete properties[chunkKey(KEY, 2)];
    expect(chunkedRead(KEY, properties)).toEqual({ ok: false, problems: [{ message: `The value ${KEY} could not be read: piece 3 of 5 is missing. It was left as it is.` }] });
  });

  it('is reported when its pieces come from two saves', () => {
    const first = saved(big);
    const second = saved(big.replace('plan', 'PLAN'));
    expect(chunkedRead(KEY, { ...second, [chunkKey(KEY, 0)]: first[chunkKey(KEY, 0)], [chunkKey(KEY, 4)]: first[chunkKey(KEY, 4)] }).ok).toBe(false);
  });

  it('is reported when its manifest is damaged', () => {
    expect(chunkedRead(KEY, { [KEY]: 'plan' })).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('its manifest is not valid JSON') }] });
    expect(chunkedRead(KEY, { [KEY]: '{"chunks":1}' })).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('no piece count, length and hash') }] });
  });

  it('is refused, naming the key, when the store has no room for it', () => {
    const write = chunkedWrite(KEY, 'x'.repeat(501 * 1024), {});
    expect(!write.ok && write.problems[0].message).toMatch(/^Saving the value rapport\.cycle\.plan would bring Rapport's settings for this sheet to 50\d(\.\d)? KB, but Apps Script keeps at most 500 KB per document\. Nothing was saved\.$/);
  });

  it('counts the space an earlier value frees', () => {
    const before = saved('x'.repeat(400 * 1024));
    expect(chunkedWrite(KEY, 'y'.repeat(450 * 1024), before).ok).toBe(true);
  });
});
