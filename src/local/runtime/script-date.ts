// The Date class of one execution's sandbox, shared by its global `Date` and by services that hand Dates to the script.
import type { ServiceContext } from './context';
import { virtualDateClass } from './virtual-date';

const classes = new WeakMap<ServiceContext, DateConstructor>();

/** The execution's Date: the virtual clock's "now", local time in the script's zone (virtual-date.ts). */
export function scriptDateClass(ctx: ServiceContext): DateConstructor {
  let DateClass = classes.get(ctx);
  if (!DateClass) {
    DateClass = virtualDateClass(() => ctx.state.clock.now, ctx.state.user.scriptTimeZone);
    classes.set(ctx, DateClass);
  }
  return DateClass;
}

/** A Date the script receives from a service (a cell, a form response's timestamp): the sandbox's kind, so its local getters read the script's zone. */
export function scriptDate(ctx: ServiceContext, epochMs: number): Date {
  return new (scriptDateClass(ctx))(epochMs);
}
