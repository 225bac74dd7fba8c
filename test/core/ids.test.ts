// Row ids: prefix plus 12 hex digits of a UUID, never repeating one already taken.
import { clearDuplicateIds, hexStream, makeId } from '../../src/core/ids';

describe('makeId', () => {
  it('makes stu-/res- ids from a UUID and records them as taken', () => {
    const taken = new Set<string>();
    expect(makeId('stu', () => '1B4E28BA-2FA1-11D2-883F-0016D3CCA427', taken)).toBe('stu-1b4e28ba2fa1');
    expect(taken.has('stu-1b4e28ba2fa1')).toBe(true);
  });

  it('skips a UUID whose id is already taken', () => {
    const uuids = ['aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'];
    const taken = new Set(['res-aaaaaaaaaaaa']);
    expect(makeId('res', () => uuids.shift()!, taken)).toBe('res-bbbbbbbbbbbb');
  });

  it('gives up with an error when the UUID source only repeats', () => {
    expect(() => makeId('stu', () => 'same-same', new Set())).toThrow('UUID source keeps repeating');
  });
});

describe('clearDuplicateIds', () => {
  it('clears the later copy of an id and reports it, keeping the first', () => {
    const rows = [{ row: 2, id: 'res-a' }, { row: 3, id: '' }, { row: 4, id: 'res-a' }, { row: 5, id: 'res-b' }];
    expect(clearDuplicateIds(rows, 'Resources')).toEqual([{ tab: 'Resources', row: 4, column: 'ID', message: 'Same ID as row 2; Rapport will give this row a new ID.' }]);
    expect(rows.map((r) => r.id)).toEqual(['res-a', '', '', 'res-b']);
  });
});

describe('hexStream', () => {
  it('draws 10,000 distinct ids from one UUID, the same for the same UUID and different for another', () => {
    const taken = new Set<string>();
    const next = hexStream('1b4e28ba-2fa1-41d2-883f-0016d3cca427');
    const ids = Array.from({ length: 10_000 }, () => makeId('stu', next, taken));
    expect(new Set(ids).size).toBe(10_000);
    expect(ids.every((id) => /^stu-[0-9a-f]{12}$/.test(id))).toBe(true);
    expect(hexStream('1b4e28ba-2fa1-41d2-883f-0016d3cca427')()).toBe(hexStream('1b4e28ba-2fa1-41d2-883f-0016d3cca427')());
    expect(hexStream('1b4e28ba-2fa1-41d2-883f-0016d3cca428')()).not.toBe(hexStream('1b4e28ba-2fa1-41d2-883f-0016d3cca427')());
  });
});
