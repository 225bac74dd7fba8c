// Entry points check their arguments' shapes first: a caller's malformed JSON is answered with a problem, never a TypeError.
import type { Result } from '../shared/rpc';
import { argumentProblems, type NamedShape } from '../core/argument-shapes';

/** Runs the use case only when every argument fits the contract; otherwise answers with the problem. */
export function withArguments<T>(shapes: readonly NamedShape[], args: readonly unknown[], run: () => Result<T>): Result<T> {
  const problems = argumentProblems(args, shapes);
  return problems.length > 0 ? { ok: false, problems } : run();
}

/** For an entry point that answers null rather than a Result: whether its arguments fit. */
export function argumentsFit(shapes: readonly NamedShape[], args: readonly unknown[]): boolean {
  return argumentProblems(args, shapes).length === 0;
}
