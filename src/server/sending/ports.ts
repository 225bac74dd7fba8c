// What the send engine needs from matching and the email: a plan for the class and a renderer, given as arguments so the engine is tested on its own terms.
import type { Result } from '../../shared/rpc';
import type { RenderEmail } from '../../core/sending/compose';
import type { PlanEntry } from '../../core/sending/cycle-log';
import type { ClassData } from './class-data';

export interface SendingPorts {
  /** Picks with reasons for each student, or a skip with its reason. */
  plan(data: ClassData): PlanEntry[];
  /** The renderer for this run, or why emails cannot be made (a template made invalid after scheduling). */
  renderer(): Result<RenderEmail>;
}
