// The privacy promise's log check: the runtime's log output and execution records, collected as they happen, searched for any student's email or name.
import type { ExecutionRecord } from '../../src/local/runtime/execution';
import type { LocalRuntime } from '../../src/local/runtime/runtime';
import type { LogEntryState } from '../../src/local/runtime/state';

export interface Person {
  first: string;
  last: string;
  email: string;
}

/**
 * Collects every execution record and log line as they are made: the workspace keeps only the
 * newest 200 executions and 500 log lines, so a year is read a day at a time (`collect`).
 */
export class LogCollector {
  readonly executions: ExecutionRecord[] = [];
  readonly logs: LogEntryState[] = [];
  private lastExecution: number;

  constructor(private readonly runtime: LocalRuntime) {
    this.lastExecution = Math.max(0, ...runtime.state.executions.map((e) => e.id));
  }

  /** Takes the executions, and their log lines, made since the last call. */
  collect(): void {
    const { executions, logs } = this.runtime.state;
    const since = this.lastExecution;
    this.executions.push(...executions.filter((e) => e.id > since));
    this.logs.push(...logs.filter((l) => l.executionId > since));
    this.lastExecution = Math.max(since, ...executions.map((e) => e.id));
  }
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The texts that carry a student's email (any case) or name (the full name, or the first or last
 * name as a whole word), each with what it carried. Names shorter than three letters are left out:
 * they would match ordinary words.
 */
export function studentDataIn(texts: readonly string[], people: readonly Person[]): string[] {
  const emails = new Set(people.map((p) => p.email.toLowerCase()).filter(Boolean));
  const names = new Set(people.flatMap((p) => [p.first, p.last, `${p.first} ${p.last}`]).filter((n) => n.trim().length >= 3));
  const namePattern = names.size > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(${[...names].map(escaped).join('|')})(?![\\p{L}\\p{N}])`, 'u') : null;
  const found: string[] = [];
  for (const text of texts) {
    const lower = text.toLowerCase();
    const email = [...emails].find((e) => lower.includes(e));
    const name = namePattern?.exec(text)?.[1];
    if (email || name) found.push(`${email ?? name}: ${text.slice(0, 200)}`);
  }
  return found;
}

/** Every collected execution record and log line as text, for studentDataIn. */
export function collectedTexts(collector: LogCollector): string[] {
  return [...collector.executions.map((e) => JSON.stringify(e)), ...collector.logs.map((l) => l.message)];
}
