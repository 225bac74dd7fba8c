// addResource through the built bundle: validated, then one row appended to Resources with a res- id.
import type { Result } from '../../src/shared/rpc';
import { runOk } from '../helpers/runtime';
import { addRows, expectDuringLastRun, recordsOf, setUpClass } from './class-fixture';

type Added = Result<{ id: string; row: number }>;
const input = { title: 'Composting at home', url: 'https://example.org/compost', type: 'video', tags: 'composting, soil', level: 'intro', description: 'A short how-to' };

describe('addResource', () => {
  it('appends a valid resource with an id, Active ticked and the date added', () => {
    const runtime = setUpClass();
    addRows(runtime, 'Resources', [{ ID: 'res-old', Title: 'Old', URL: 'https://old.example.org', Type: 'book', Tags: 'x' }]);
    const result = runOk<Added>(runtime, 'addResource', input);
    expect(result).toEqual({ ok: true, value: { id: expect.stringMatching(/^res-[0-9a-f]{12}$/), row: 3 } });
    const added = recordsOf(runtime, 'Resources')[1];
    expectDuringLastRun(runtime, added.Added);
    expect(added).toEqual({
      ID: result.ok ? result.value.id : '',
      Title: 'Composting at home',
      URL: 'https://example.org/compost',
      Type: 'video',
      Tags: 'composting, soil',
      Level: 'intro',
      Description: 'A short how-to',
      Active: true,
      Added: added.Added,
      'Request ID': '',
    });
  });

  it('gives an id to resources the teacher typed without one', () => {
    const runtime = setUpClass();
    addRows(runtime, 'Resources', [{ Title: 'Typed by hand', URL: 'https://hand.example.org', Type: 'book', Tags: 'x' }]);
    runOk(runtime, 'addResource', input);
    const ids = recordsOf(runtime, 'Resources').map((r) => r.ID);
    expect(ids).toEqual([expect.stringMatching(/^res-/), expect.stringMatching(/^res-/)]);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('refuses a javascript: link and writes nothing', () => {
    const runtime = setUpClass();
    const result = runOk<Added>(runtime, 'addResource', { ...input, url: 'javascript:alert(1)' });
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ column: 'URL', message: 'The link must start with http:// or https:// and name a web site.' })] });
    expect(recordsOf(runtime, 'Resources')).toEqual([]);
  });

  it('refuses a link already in the library', () => {
    const runtime = setUpClass();
    runOk(runtime, 'addResource', input);
    const again = runOk<Added>(runtime, 'addResource', { ...input, title: 'Same link' });
    expect(!again.ok && again.problems[0].message).toContain('already in the library (row 2');
    expect(recordsOf(runtime, 'Resources')).toHaveLength(1);
  });

  it('stores a title that looks like a formula as text', () => {
    const runtime = setUpClass();
    runOk(runtime, 'addResource', { ...input, title: '=HYPERLINK("http://evil.example")' });
    expect(String(recordsOf(runtime, 'Resources')[0].Title).replace(/^'/, '')).toBe('=HYPERLINK("http://evil.example")');
  });

  it('reports a missing Resources tab instead of failing', () => {
    const runtime = setUpClass();
    const spreadsheet = runtime.state.spreadsheets['sheet-1'];
    spreadsheet.sheets = spreadsheet.sheets.filter((s) => s.name !== 'Resources');
    expect(runOk<Added>(runtime, 'addResource', input)).toEqual({ ok: false, problems: [expect.objectContaining({ tab: 'Resources' })] });
  });
});
