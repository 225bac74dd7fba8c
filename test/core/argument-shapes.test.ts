// Shape checks of entry-point arguments: the first mismatch, by path, and nothing for a fit.
import { argumentProblems, shapeMismatch, type Shape } from '../../src/core/argument-shapes';

const INPUT: Shape = { fields: { id: 'string', count: 'number', flag: { optional: 'boolean' }, tags: { optional: { items: 'string' } } } };

describe('shapeMismatch', () => {
  it('accepts a fit, with optional fields absent or null and extra fields ignored', () => {
    expect(shapeMismatch({ id: 'a', count: 1, extra: {} }, INPUT, 'input')).toBeNull();
    expect(shapeMismatch({ id: 'a', count: 1, flag: null, tags: ['x'] }, INPUT, 'input')).toBeNull();
  });

  it('names the first field that does not fit', () => {
    expect(shapeMismatch({ id: { toString: 1 }, count: 1 }, INPUT, 'input')).toBe('input.id must be text');
    expect(shapeMismatch({ id: 'a', count: Number.NaN }, INPUT, 'input')).toBe('input.count must be a number');
    expect(shapeMismatch({ id: 'a', count: 1, tags: ['x', 3] }, INPUT, 'input')).toBe('input.tags[1] must be text');
    expect(shapeMismatch({ id: 'a', count: 1, tags: 'x' }, INPUT, 'input')).toBe('input.tags must be a list');
    expect(shapeMismatch([], INPUT, 'input')).toBe('input must be an object');
    expect(shapeMismatch(null, INPUT, 'input')).toBe('input must be an object');
  });

  it('does not read a field inherited from the prototype', () => {
    expect(shapeMismatch(Object.create({ id: 'a', count: 1 }), INPUT, 'input')).toBe('input.id must be text');
  });
});

describe('argumentProblems', () => {
  it('gives one problem for the first argument that does not fit', () => {
    const shapes = [{ name: 'studentId', shape: 'string' as const }, { name: 'choice', shape: 'string' as const }];
    expect(argumentProblems(['s', 'drop'], shapes)).toEqual([]);
    expect(argumentProblems(['s', 7], shapes)).toEqual([{ message: 'Rapport could not read this request: choice must be text. Reload the sidebar and try again.' }]);
  });
});
