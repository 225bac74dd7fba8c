// Cutting text on code points: no cut in Rapport leaves half of an emoji, on the card or in a cell.
import fc from 'fast-check';
import { cutText } from '../../src/core/text-cut';
import { parseRoster } from '../../src/core/students';
import { mapColumns } from '../../src/core/headers';
import { STUDENTS } from '../../src/core/schema';
import { studentCard, CARD_NOTE_CHARS } from '../../src/core/card';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const EMOJI = ['😀', '👩‍🔬', '🇳🇿', 'é', 'a', ' ', '𝔘', '🏳️‍🌈'];
const emojiText = fc.array(fc.constantFrom(...EMOJI), { maxLength: 400, size: 'max' }).map((parts) => parts.join(''));
/** Long text whose emoji fall on every alignment: a few ASCII letters, then emoji past any limit. */
const longEmojiText = fc.tuple(fc.nat(3), fc.array(fc.constantFrom(...EMOJI), { minLength: 1, maxLength: 5 })).map(([pad, parts]) => 'a'.repeat(pad) + parts.join('').repeat(300));

describe('cutText', () => {
  it('keeps whole code points, at most the limit, and as much as fits', () => {
    fc.assert(
      fc.property(emojiText, fc.nat(800), (text, max) => {
        const cut = cutText(text, max);
        expect(LONE_SURROGATE.test(cut)).toBe(false);
        expect(text.startsWith(cut)).toBe(true);
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(cut.length).toBeGreaterThanOrEqual(Math.min(text.length, max) - 1);
      }),
    );
  });

  it('cuts a name over 100 characters and a card note over 500 without a lone surrogate', () => {
    fc.assert(
      fc.property(longEmojiText, longEmojiText, (name, note) => {
        const map = mapColumns(STUDENTS, ['ID', 'First name', 'Email']);
        const [student] = parseRoster([['stu-1', name, 'a@x.org']], map, { timeZone: 'UTC', today: '2026-11-23', order: 'MDY' }).students;
        expect(LONE_SURROGATE.test(student.firstName)).toBe(false);
        const checkIn = { row: 2, date: '2026-11-20', at: new Date('2026-11-20T00:00:00Z'), studentId: 'stu-1', studentName: student.name, kind: 'greeting' as const, note, followUp: null };
        const card = studentCard(student, [checkIn], [], '2026-11-23');
        expect(card.lastCheckIn!.note.length).toBeLessThanOrEqual(CARD_NOTE_CHARS);
        expect(LONE_SURROGATE.test(card.lastCheckIn!.note)).toBe(false);
      }),
      { numRuns: 50 },
    );
  });
});
