// A Date for the bundle's sandbox whose "now" is the runtime's virtual clock.

/**
 * `new Date()` and `Date.now()` read the virtual clock; every other form behaves as Date does.
 * It is a host-realm class so that Dates from getValues and Dates the script makes are the same
 * kind: `instanceof Date` holds for both, as it does in Apps Script.
 */
export function virtualDateClass(now: () => number): DateConstructor {
  const HostDate = Date;
  class VirtualDate extends HostDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(now());
      else super(...(args as [string | number | Date]));
    }
    static now(): number {
      return now();
    }
    static [Symbol.hasInstance](value: unknown): boolean {
      return value instanceof HostDate;
    }
  }
  return VirtualDate as unknown as DateConstructor;
}
