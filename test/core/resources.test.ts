// Resources: http/https links only, type and level from the lists, tags; the tab read leniently.
import { mapColumns } from '../../src/core/headers';
import { isSafeUrl, parseResources, resourceRowValues, validateResourceInput, type Resource } from '../../src/core/resources';
import { RESOURCES } from '../../src/core/schema';
import { DATES, tabValues } from './tables';

const good = { title: 'Intro to composting', url: 'https://example.org/compost', type: 'Video', tags: 'composting, soil, , Soil', level: 'intro', description: 'Ten minutes' };

describe('isSafeUrl', () => {
  it.each(['https://example.org', 'http://a.b.c/path?q=1#x', 'https://example.org:8443/x'])('accepts %s', (url) => expect(isSafeUrl(url)).toBe(true));
  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)//https://x.org',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    '//example.org',
    'example.org',
    'https://bank.example@evil.example',
    'https://exa mple.org',
    'https://example.org/\u0000',
    'https://localhost',
  ])('refuses %s', (url) => expect(isSafeUrl(url)).toBe(false));
});

describe('validateResourceInput', () => {
  it('accepts a good resource, normalizing type, level and tags', () => {
    expect(validateResourceInput(good, [])).toEqual({ ok: true, value: { ...good, type: 'video', tags: ['composting', 'soil'], requestId: '' } });
  });

  it('refuses a javascript: link with a clear message', () => {
    const result = validateResourceInput({ ...good, url: 'javascript:alert(document.cookie)' }, []);
    expect(result).toEqual({ ok: false, problems: [{ tab: 'Resources', column: 'URL', message: 'The link must start with http:// or https:// and name a web site.' }] });
  });

  it('reports every fault at once', () => {
    const result = validateResourceInput({ title: '', url: '', type: 'podcasts', tags: '', level: 'expert', description: 'x'.repeat(5001) }, []);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.column)).toEqual(['Title', 'URL', 'Type', 'Level', 'Tags', 'Description']);
  });

  it('refuses a link already in the library, naming its row', () => {
    const existing = [{ row: 7, url: 'https://EXAMPLE.org/compost', title: 'Compost 101' } as Resource];
    const result = validateResourceInput(good, existing);
    expect(!result.ok && result.problems[0].message).toBe('This link is already in the library (row 7, "Compost 101").');
  });

  it('survives missing fields from a malformed call', () => {
    expect(validateResourceInput({} as never, []).ok).toBe(false);
  });
});

describe('resourceRowValues', () => {
  it('stores text that looks like a formula as text', () => {
    const added = new Date('2026-11-23T14:00:00Z');
    const values = resourceRowValues('res-1', { ...good, type: 'video', tags: ['=cmd'], title: '=HYPERLINK("x")', description: '+1', requestId: '' }, added);
    expect(values).toMatchObject({ id: 'res-1', title: '\'=HYPERLINK("x")', tags: "'=cmd", description: "'+1", active: true, added });
  });
});

describe('parseResources', () => {
  it('marks bad links unsendable and reports them by row, keeping the rest', () => {
    const values = tabValues(RESOURCES, [
      { id: 'res-1', title: 'A', url: 'https://a.org', type: 'Video', tags: 'x, y', level: 'Intro', active: false, added: new Date('2026-11-02T05:00:00Z') },
      { id: 'res-2', title: 'B', url: 'javascript:alert(1)', type: 'pamphlet', tags: 'z' },
    ]);
    const { resources, problems } = parseResources(values.rows, mapColumns(RESOURCES, values.header), DATES);
    expect(resources.map((r) => [r.id, r.urlSafe, r.type, r.level, r.active, r.added])).toEqual([
      ['res-1', true, 'video', 'intro', false, '2026-11-02'],
      ['res-2', false, 'pamphlet', '', true, null],
    ]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([[3, 'URL'], [3, 'Type']]);
  });

  it('marks a link typed longer than the URL column allows unsendable, naming the column (it would push the email past MailApp\'s limit)', () => {
    const long = `https://example.org/${'a'.repeat(2_000)}`;
    const values = tabValues(RESOURCES, [{ id: 'res-1', title: 'A', url: long, type: 'video', tags: 'x' }]);
    const { resources, problems } = parseResources(values.rows, mapColumns(RESOURCES, values.header), DATES);
    expect(resources[0].urlSafe).toBe(false);
    expect(problems).toEqual([{ tab: 'Resources', row: 2, column: 'URL', message: 'The link is 2,020 characters; at most 2,000 fit. Rapport will not send it.' }]);
  });
});

describe('parseResources, a row at a time', () => {
  it('reports a missing title, link or tags, an unknown level and a link repeated from an earlier row, each with its row', () => {
    const values = tabValues(RESOURCES, [
      { id: 'res-1', title: 'A', url: 'https://a.org/x', type: 'video', tags: 'x' },
      { id: 'res-2', title: '', url: '', type: 'video', tags: 'x', level: 'hard' },
      { id: 'res-3', title: 'C', url: 'HTTPS://A.ORG/x', type: 'book', tags: ' , ' },
    ]);
    const { resources, problems } = parseResources(values.rows, mapColumns(RESOURCES, values.header), DATES);
    expect(resources).toHaveLength(3);
    expect(problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [3, 'Title', 'No title: give the resource one so students know what it is.'],
      [3, 'URL', 'No link; Rapport will not send it.'],
      [3, 'Level', '"hard" is not one of intro, enrichment, challenge, support.'],
      [4, 'URL', 'Same link as row 2; a student could be sent it twice. Delete one of the rows.'],
      [4, 'Tags', 'No tags: Rapport matches resources to students by their tags.'],
    ]);
  });
});
