// What every local service sees while it serves one execution.
import type { Execution } from './execution';
import type { WorkspaceState } from './state';
import type { LocalRuntime } from './runtime';

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL';

export interface ServiceContext {
  runtime: LocalRuntime;
  state: WorkspaceState;
  exec: Execution;
  /** The Google user the execution runs as: the teacher, or a trigger's creator. */
  user: string;
  authMode: AuthMode;
}
