// Tests the sidebar's own checks on resources and check-ins.
import type { ResourceInput } from '../../../src/shared/rpc';
import { CELL_CHARACTER_LIMIT, EMPTY_DRAFT, isWebUrl, toCheckInInput, validateCheckIn, validateResource } from '../../../src/client/logic/validation';

const resource = (overrides: Partial<ResourceInput> = {}): ResourceInput => ({
  title: 'Ocean Literacy',
  url: 'https://oceanliteracy.example.org/',
  type: 'article',
  tags: 'oceans',
  level: 'intro',
  description: '',
  ...overrides,
});

describe('isWebUrl', () => {
  test.each(['https://example.org/', 'http://example.org/a?b=c', '  https://example.org  '])('accepts %s', (url) => {
    expect(isWebUrl(url)).toBe(true);
  });
  test.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org', 'example.org', '', 'https://'])('rejects %s', (url) => {
    expect(isWebUrl(url)).toBe(false);
  });
});

describe('validateResource', () => {
  test('a complete resource has no problems', () => {
    expect(validateResource(resource())).toEqual([]);
  });

  test('title, link and at least one tag are required', () => {
    expect(validateResource(resource({ title: '  ', url: '', tags: ' , ' })).map((p) => p.column)).toEqual(['title', 'url', 'tags']);
  });

  test('a javascript: link is refused with a message on the url field', () => {
    expect(validateResource(resource({ url: 'javascript:alert(1)' }))).toEqual([{ column: 'url', message: 'Use a web link that starts with http:// or https://.' }]);
  });

  test('a value longer than a cell can hold is refused on its field', () => {
    const problems = validateResource(resource({ description: 'x'.repeat(CELL_CHARACTER_LIMIT + 1) }));
    expect(problems).toEqual([{ column: 'description', message: 'This is 50,001 characters; a cell holds at most 50,000.' }]);
  });
});

describe('check-in drafts', () => {
  test('a default draft is valid and is a one-on-one', () => {
    expect(validateCheckIn(EMPTY_DRAFT)).toEqual([]);
    expect(EMPTY_DRAFT.kind).toBe('one-on-one');
  });

  test('a 60,000-character note is refused, not truncated', () => {
    const problems = validateCheckIn({ ...EMPTY_DRAFT, note: 'n'.repeat(60_000) });
    expect(problems.map((p) => p.column)).toEqual(['note']);
  });

  test('a follow-up that is not a date is refused', () => {
    expect(validateCheckIn({ ...EMPTY_DRAFT, followUp: 'next week' }).map((p) => p.column)).toEqual(['followUp']);
  });

  test('a half-typed follow-up date (which the date input reports as empty) is refused', () => {
    expect(validateCheckIn(EMPTY_DRAFT, true)).toEqual([{ column: 'followUp', message: 'Finish the date (month, day and year), or clear it.' }]);
  });

  test('toCheckInInput leaves out an empty follow-up and keeps the note and request id as typed and made', () => {
    expect(toCheckInInput('s1', { kind: 'greeting', note: ' hi ', followUp: '', requestId: 'r1' })).toEqual({ studentId: 's1', kind: 'greeting', note: ' hi ', requestId: 'r1' });
    expect(toCheckInInput('s1', { kind: 'celebration', note: '', followUp: '2026-12-01', requestId: 'r2' })).toEqual({
      studentId: 's1',
      kind: 'celebration',
      note: '',
      followUp: '2026-12-01',
      requestId: 'r2',
    });
  });
});
