// ClockTriggerBuilder.onMonthDay (monthly) and atDate (once, at midnight of a date), in the trigger's zone.
import { createScriptApp } from '../../../src/local/services/script-app';
import { nextRunAfter } from '../../../src/local/services/trigger-schedule';
import { instantOf, wallClockAt } from '../../../src/core/time-zone';
import { newServiceContext } from '../helpers/service-context';

const NEW_YORK = 'America/New_York';

describe('onMonthDay', () => {
  it('fires on that day of each month at the hour asked, and skips months without the day', () => {
    const ctx = newServiceContext();
    createScriptApp(ctx).newTrigger('monthly').timeBased().onMonthDay(31).atHour(7).create();
    const [trigger] = ctx.state.triggers;
    const runs: string[] = [];
    let at = trigger.nextRun as number;
    for (let i = 0; i < 3; i += 1) {
      const wall = wallClockAt(at, NEW_YORK);
      runs.push(`${wall.year}-${wall.month}-${wall.day} ${wall.hour}h`);
      at = nextRunAfter(trigger.clock!, trigger.uid, at, NEW_YORK) as number;
    }
    // Created on 2026-11-23: November has no 31st, nor do February and April.
    expect(runs).toEqual(['2026-12-31 7h', '2027-1-31 7h', '2027-3-31 7h']);
  });

  it('refuses a day outside 1 to 31', () => {
    const ctx = newServiceContext();
    expect(() => createScriptApp(ctx).newTrigger('monthly').timeBased().onMonthDay(32)).toThrow('Invalid argument: day');
  });
});

describe('atDate', () => {
  it('fires once, at midnight of the date in the trigger\'s zone', () => {
    const ctx = newServiceContext();
    createScriptApp(ctx).newTrigger('once').timeBased().atDate(2027, 1, 15).create();
    const [trigger] = ctx.state.triggers;
    expect(trigger.nextRun).toBe(instantOf(NEW_YORK, 2027, 1, 15));
    expect(nextRunAfter(trigger.clock!, trigger.uid, trigger.nextRun!, NEW_YORK)).toBeUndefined();
  });
});
