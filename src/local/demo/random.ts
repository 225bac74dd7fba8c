// A small seeded random generator, so the demo class is the same on every run (no Math.random).

/** mulberry32: a well-known 32-bit generator; good enough to vary demo data, not for anything secret. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Picker {
  /** An integer in [min, max], inclusive. */
  int(min: number, max: number): number;
  one<T>(items: readonly T[]): T;
  /** `count` distinct items, in the order they were drawn. */
  some<T>(items: readonly T[], count: number): T[];
  chance(probability: number): boolean;
}

export function picker(seed: number): Picker {
  const next = seededRandom(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    int,
    one: (items) => items[int(0, items.length - 1)],
    some: (items, count) => {
      const pool = [...items];
      const chosen: (typeof pool)[number][] = [];
      while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(int(0, pool.length - 1), 1)[0]);
      return chosen;
    },
    chance: (probability) => next() < probability,
  };
}
