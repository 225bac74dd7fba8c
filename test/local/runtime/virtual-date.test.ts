// The sandbox's Date reads the virtual clock and is the same kind as the runtime's Dates.
import { virtualDateClass } from '../../../src/local/runtime/virtual-date';

describe('virtual Date', () => {
  const clock = { now: Date.UTC(2026, 10, 23, 9) };
  const VirtualDate = virtualDateClass(() => clock.now);

  it('reads "now" from the virtual clock', () => {
    expect(new VirtualDate().getTime()).toBe(clock.now);
    expect(VirtualDate.now()).toBe(clock.now);
    clock.now += 3_600_000;
    expect(new VirtualDate().toISOString()).toBe('2026-11-23T10:00:00.000Z');
  });

  it('behaves as Date for explicit values, and Dates from cells are instances of it', () => {
    expect(new VirtualDate(0).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(new VirtualDate('2027-01-02T00:00:00Z').getUTCFullYear()).toBe(2027);
    expect(new Date(5) instanceof VirtualDate).toBe(true);
    expect(({} as object) instanceof VirtualDate).toBe(false);
  });
});
