// The contract's type-level check: each kind of value google.script.run cannot carry is refused at any depth, by path; plain data passes.
import type { ApiJsonFaults, AssertJsonSafe, JsonFaults } from '../../src/core/json-safe';
import type { ContractIsJsonSafe } from '../../src/shared/rpc';

/** True only when the two types are the same, so a wrong fault path fails to compile. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const same = <A, B>(check: Equal<A, B>) => check;

interface Plain {
  id: string;
  count: number;
  ok: boolean;
  note: string | null;
  optional?: string;
  nested: { dates: string[]; rows: { row: number }[] };
}

describe('JSON-safe contract check', () => {
  it('passes plain data, optional fields and optional arguments', () => {
    expect(same<JsonFaults<Plain, 'x'>, never>(true)).toBe(true);
    expect(same<ApiJsonFaults<{ f(a: Plain, b?: { again?: boolean }): Plain[]; g(): void }>, never>(true)).toBe(true);
    // The real contract: this alias fails to compile if any fault is found.
    const proof: ContractIsJsonSafe | undefined = undefined;
    expect(proof).toBeUndefined();
  });

  it('names each fault by its path, at any depth', () => {
    expect(same<JsonFaults<{ card: { lastSeen: Date } }, 'r'>, 'r.card.lastSeen: Date'>(true)).toBe(true);
    expect(same<JsonFaults<{ rows: { format: () => string }[] }, 'r'>, 'r.rows[].format: function'>(true)).toBe(true);
    expect(same<JsonFaults<{ tags: Set<string>; byId: Map<string, number> }, 'r'>, 'r.tags: Map or Set' | 'r.byId: Map or Set'>(true)).toBe(true);
    expect(same<JsonFaults<{ gone: undefined; maybe?: undefined }, 'r'>, 'r.gone: undefined only' | 'r.maybe: undefined only'>(true)).toBe(true);
    expect(same<ApiJsonFaults<{ load(since: Date): { at: Date | string } }>, 'load(…): Date' | 'load →.at: Date'>(true)).toBe(true);
  });

  it('refuses to compile an API with a Date, function, Map, Set or undefined-only field', () => {
    // @ts-expect-error a Date field anywhere in a result
    type DateField = AssertJsonSafe<ApiJsonFaults<{ get(): { items: { when: Date }[] } }>>;
    // @ts-expect-error a function in an argument
    type FunctionArg = AssertJsonSafe<ApiJsonFaults<{ set(input: { callback: () => void }): boolean }>>;
    // @ts-expect-error a Map in a result
    type MapField = AssertJsonSafe<ApiJsonFaults<{ get(): { byId: Map<string, string> } }>>;
    // @ts-expect-error a Set in a result
    type SetField = AssertJsonSafe<ApiJsonFaults<{ get(): Set<string> }>>;
    // @ts-expect-error a field that can only be undefined
    type UndefinedField = AssertJsonSafe<ApiJsonFaults<{ get(): { nothing: undefined } }>>;
    const checked: [DateField?, FunctionArg?, MapField?, SetField?, UndefinedField?] = [];
    expect(checked).toEqual([]);
  });
});
