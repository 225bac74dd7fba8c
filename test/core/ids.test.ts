// Row ids: prefix plus 12 hex digits of a UUID, never repeating one already taken.
import { makeId } from '../../src/core/ids';

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
