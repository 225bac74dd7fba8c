// google.script.run's rule for what crosses between server and sidebar: JSON-safe values only.

/**
 * Apps Script passes primitives, arrays and plain objects between server and client; a Date,
 * function or other object makes the call fail (the return arrives as null). Locally a violation is
 * an error naming the path, so a contract breach shows up in tests instead of as a silent null.
 */
export function assertJsonSafe(value: unknown, path = 'result'): void {
  if (value === null || value === undefined) return;
  const type = typeof value;
  if (type === 'string' || type === 'boolean') return;
  if (type === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${String(value)}, which JSON cannot carry`);
    return;
  }
  if (type !== 'object') throw new Error(`${path} is a ${type}, which google.script.run cannot carry`);
  if (Array.isArray(value)) {
    value.forEach((item, index) => assertJsonSafe(item, `${path}[${index}]`));
    return;
  }
  const tag = Object.prototype.toString.call(value);
  if (tag !== '[object Object]') throw new Error(`${path} is a ${tag.slice(8, -1)}, which google.script.run cannot carry`);
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) assertJsonSafe(item, `${path}.${key}`);
}

/** A deep copy through JSON, as the value arrives on the other side. */
export function jsonCopy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
