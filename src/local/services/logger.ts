// The local Logger and console: output is recorded in the workspace state, never printed to the host's stdout.
import { formatWithOptions } from 'node:util';
import type { ServiceContext } from '../runtime/context';
import type { LogEntryState } from '../runtime/state';
import { formatJavaDate } from './simple-date-format';

type Logger = GoogleAppsScript.Base.Logger;
type Level = LogEntryState['level'];

/** The workspace keeps the newest entries only, like the execution log. */
export const LOG_CAP = 500;

/**
 * Logger.log(data) or Logger.log(format, ...values): Java-style %s and %d are filled in order
 * (Logger reference page). getLog returns this execution's Logger lines and clear empties them;
 * console output is not part of it. Each line starts with a timestamp in the script's time zone
 * and a level; the exact layout of the real log is not confirmed [U]. Objects are shown as JSON
 * (Apps Script's own rendering differs in detail [U]).
 */
export function createLogger(ctx: ServiceContext): Logger {
  const mine = (entry: LogEntryState) => entry.executionId === ctx.exec.id && entry.source === 'Logger';
  const logger: Logger = {
    log(data: unknown, ...values: unknown[]) {
      ctx.exec.call('Logger.log');
      record(ctx, 'Logger', 'log', values.length > 0 ? javaFormat(String(data), values) : show(data));
      return logger;
    },
    getLog() {
      ctx.exec.call('Logger.getLog');
      const zone = ctx.state.user.scriptTimeZone;
      return ctx.state.logs
        .filter(mine)
        .map((entry) => `${formatJavaDate(entry.at, zone, "yy-MM-dd HH:mm:ss:SSS z")} INFO: ${entry.message}\n`)
        .join('');
    },
    clear() {
      ctx.exec.call('Logger.clear');
      ctx.state.logs = ctx.state.logs.filter((entry) => !mine(entry));
    },
  };
  return logger;
}

/**
 * console.log/info/warn/error format their arguments as Node's console does (%s, %d, %o and
 * objects inspected), the closest host equivalent of Apps Script's Cloud Logging text.
 * time/timeEnd measure virtual time.
 */
export function createConsole(ctx: ServiceContext): Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'time' | 'timeEnd'> {
  const timers = new Map<string, number>();
  const writer = (level: Level) => (...args: unknown[]) => {
    ctx.exec.call(`console.${level}`);
    record(ctx, 'console', level, formatWithOptions({ colors: false }, ...args));
  };
  return {
    log: writer('log'),
    info: writer('info'),
    warn: writer('warn'),
    error: writer('error'),
    time(label = 'default') {
      ctx.exec.call('console.time');
      timers.set(label, ctx.state.clock.now);
    },
    timeEnd(label = 'default') {
      ctx.exec.call('console.timeEnd');
      const started = timers.get(label);
      if (started === undefined) return;
      timers.delete(label);
      record(ctx, 'console', 'log', `${label}: ${ctx.state.clock.now - started}ms`);
    },
  };
}

function record(ctx: ServiceContext, source: LogEntryState['source'], level: Level, message: string): void {
  const { logs } = ctx.state;
  logs.push({ at: ctx.state.clock.now, executionId: ctx.exec.id, source, level, message });
  if (logs.length > LOG_CAP) logs.splice(0, logs.length - LOG_CAP);
}

/** Java's String.format for the two conversions scripts use; %% is a percent sign. */
function javaFormat(format: string, values: unknown[]): string {
  let next = 0;
  return format.replace(/%([sd%])/g, (match, conversion: string) => {
    if (conversion === '%') return '%';
    return next < values.length ? show(values[next++]) : match;
  });
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date || value === null || typeof value !== 'object') return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
