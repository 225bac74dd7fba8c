// A type-level check that a type survives google.script.run as it is: no Date, function, Map/Set or undefined-only field, at any depth.

type Primitive = string | number | boolean | null;

/**
 * `never` when `T` is JSON-safe; otherwise each fault as a readable path, e.g.
 * `getSidebarState → .selected.lastCheckIn.at: Date`. google.script.run turns a Date into null in
 * the sidebar and drops functions, Map and Set contents, and fields that can only be undefined.
 */
export type JsonFaults<T, Path extends string> = T extends Primitive
  ? never
  : T extends Date
    ? `${Path}: Date`
    : T extends (...args: never[]) => unknown
      ? `${Path}: function`
      : T extends ReadonlyMap<unknown, unknown> | ReadonlySet<unknown> | WeakMap<object, unknown> | WeakSet<object>
        ? `${Path}: Map or Set`
        : T extends readonly (infer Item)[]
          ? JsonFaults<Item, `${Path}[]`>
          : T extends object
            ? { [K in keyof T & string]-?: FieldFaults<T[K], `${Path}.${K}`> }[keyof T & string]
            : `${Path}: not JSON (undefined, bigint or symbol)`;

/** An optional field is fine (it is left out); a field that can only be undefined carries nothing. */
type FieldFaults<V, Path extends string> = [Exclude<V, undefined>] extends [never] ? `${Path}: undefined only` : JsonFaults<Exclude<V, undefined>, Path>;

/** Every argument (an optional one may be left out) and result (void reaches the sidebar as null) of every function of an API. */
export type ApiJsonFaults<Api> = {
  [K in keyof Api & string]: Api[K] extends (...args: infer Args) => infer Returned
    ? JsonFaults<Exclude<Args[number], undefined>, `${K}(…)`> | (Returned extends void ? never : JsonFaults<Returned, `${K} →`>)
    : `${K}: not a function`;
}[keyof Api & string];

/** Fails to compile, naming the faults, unless there are none. */
export type AssertJsonSafe<Faults extends never> = Faults;
