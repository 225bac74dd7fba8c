// The shapes of the entry points' arguments, checked at the server boundary before any use case sees them.
import type { Problem } from './vocabulary';

/**
 * A JSON shape: text, a number, true/false, an object with typed fields (others ignored), a list,
 * or an optional one (absent or null). Only types are checked here; the use cases check values
 * (a kind from the list, a date from today on) and say so field by field.
 */
export type Shape = 'string' | 'number' | 'boolean' | { optional: Shape } | { fields: Readonly<Record<string, Shape>> } | { items: Shape };

export interface NamedShape {
  name: string;
  shape: Shape;
}

const EXPECTED: Record<'string' | 'number' | 'boolean', string> = { string: 'text', number: 'a number', boolean: 'true or false' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Where `value` first departs from `shape` ("note must be text"), or null when it fits. */
export function shapeMismatch(value: unknown, shape: Shape, path: string): string | null {
  if (typeof shape === 'string') return typeof value === shape && (shape !== 'number' || Number.isFinite(value)) ? null : `${path} must be ${EXPECTED[shape]}`;
  if ('optional' in shape) return value === undefined || value === null ? null : shapeMismatch(value, shape.optional, path);
  if ('items' in shape) {
    if (!Array.isArray(value)) return `${path} must be a list`;
    for (let i = 0; i < value.length; i += 1) {
      const found = shapeMismatch(value[i], shape.items, `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (!isRecord(value)) return `${path} must be an object`;
  for (const [field, fieldShape] of Object.entries(shape.fields)) {
    const found = shapeMismatch(Object.prototype.hasOwnProperty.call(value, field) ? value[field] : undefined, fieldShape, `${path}.${field}`);
    if (found) return found;
  }
  return null;
}

/** One problem for the first argument that does not fit its shape; none when all fit. */
export function argumentProblems(args: readonly unknown[], shapes: readonly NamedShape[]): Problem[] {
  for (let i = 0; i < shapes.length; i += 1) {
    const found = shapeMismatch(args[i], shapes[i].shape, shapes[i].name);
    if (found) return [{ message: `Rapport could not read this request: ${found}. Reload the sidebar and try again.` }];
  }
  return [];
}
