// Test helper: a ServiceContext for calling one local service directly, without the built bundle.
import type { AuthMode, ServiceContext } from '../../../src/local/runtime/context';
import { Execution } from '../../../src/local/runtime/execution';
import { DEFAULT_LATENCY_MS } from '../../../src/local/runtime/latency';
import { LocalRuntime } from '../../../src/local/runtime/runtime';
import { emptyWorkspace } from '../../../src/local/runtime/state';
import { TEST_NOW } from '../../helpers/runtime';

/** Every service call free of virtual time, for tests that assert exact times. */
export const ZERO_LATENCY: Record<string, number> = Object.fromEntries(Object.keys(DEFAULT_LATENCY_MS).map((key) => [key, 0]));

/**
 * A fresh workspace, a runtime on it and one execution, as the runtime would build them.
 * `latency` overrides are added to the defaults; `{ '*': 0 }` alone leaves the named defaults.
 */
export function newServiceContext(
  options: { now?: number; user?: string; latency?: Record<string, number>; authMode?: AuthMode } = {},
): ServiceContext {
  const state = emptyWorkspace(options.now ?? TEST_NOW);
  const runtime = new LocalRuntime(state, { latency: options.latency });
  return { ...executionOn(runtime, options.user), authMode: options.authMode ?? 'FULL' };
}

/** Another execution on the same runtime and workspace: what an overlapping trigger or second sidebar would be. */
export function anotherExecution(ctx: ServiceContext, user: string = ctx.user): ServiceContext {
  return executionOn(ctx.runtime, user);
}

/** A new execution on a runtime's workspace, run as `user` (default: the workspace's teacher). */
export function executionOn(runtime: LocalRuntime, user?: string): ServiceContext {
  const { state } = runtime;
  const exec = new Execution(state.nextId++, { entryPoint: 'test', clock: state.clock, latency: runtime.latency });
  return { runtime, state, exec, user: user ?? state.user.email, authMode: 'FULL' };
}

/** Milliseconds the virtual clock moved while `action` ran. */
export function elapsed(ctx: ServiceContext, action: () => void): number {
  const before = ctx.state.clock.now;
  action();
  return ctx.state.clock.now - before;
}

/** The error `action` throws; fails the test if it throws nothing. */
export function thrownBy(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error('Expected an error, but nothing was thrown');
}

/**
 * Moves the virtual clock on between executions and returns a new execution after the pause
 * (the old one would be killed by the 6-minute limit on its next call).
 */
export function laterExecution(ctx: ServiceContext, ms: number, user: string = ctx.user): ServiceContext {
  ctx.state.clock.now += ms;
  return anotherExecution(ctx, user);
}
