// What to do with one planned student when their batch comes: send (which picks), skip or fail, and why — judged on today's roster and library.
import type { Resource } from '../resources';
import type { Student } from '../students';
import type { PlannedPick } from './cycle-log';

/** A pick as the email shows it: the library's title, link, description and type (a swap typed into the Sent log needs only the id), the plan's reason. */
export interface ResourceToSend {
  resourceId: string;
  title: string;
  url: string;
  reason: string;
  description: string;
  type: string;
}

/** As MailApp takes it: plain-text `body` and `htmlBody`. */
export interface RenderedEmail {
  subject: string;
  body: string;
  htmlBody: string;
}

/** The email renderer the engine is given (the matching-and-email core's): a student and their picks to an email. */
export type RenderEmail = (student: Student, picks: readonly ResourceToSend[]) => RenderedEmail;

export type SendDecision =
  | { kind: 'send'; to: string; picks: ResourceToSend[]; /** Planned rows whose resource can no longer be sent, with why. */ dropped: { row: number; reason: string }[] }
  | { kind: 'skip'; reason: string }
  | { kind: 'fail'; reason: string };

/**
 * Decides at send time, so that what changed since planning is honoured by the next batch: a
 * student removed or opted out is skipped; an address that is no longer valid fails that student
 * alone; a resource deactivated, deleted or given an unsafe link is dropped from the email, and a
 * student left with no picks is skipped.
 */
export function decideSend(student: Student | undefined, picks: readonly PlannedPick[], resources: ReadonlyMap<string, Resource>): SendDecision {
  if (!student) return { kind: 'skip', reason: 'No longer on the Students tab.' };
  if (student.optOut) return { kind: 'skip', reason: 'Opted out.' };
  if (!student.email) return { kind: 'skip', reason: 'No email address.' };
  if (!student.emailUsable) return { kind: 'fail', reason: `"${student.email}" is not a valid email address (or another student has it).` };
  const toSend: ResourceToSend[] = [];
  const dropped: { row: number; reason: string }[] = [];
  for (const pick of picks) {
    if (pick.status !== 'planned') continue;
    const resource = resources.get(pick.resourceId);
    if (!resource) dropped.push({ row: pick.row, reason: 'The resource is no longer in the Resources tab.' });
    else if (!resource.active) dropped.push({ row: pick.row, reason: 'The resource was deactivated.' });
    else if (!resource.urlSafe) dropped.push({ row: pick.row, reason: 'The resource link is not an http(s) link.' });
    else toSend.push({ resourceId: resource.id, title: resource.title, url: resource.url, reason: pick.reason, description: resource.description, type: resource.type });
  }
  if (toSend.length === 0) return { kind: 'skip', reason: dropped[0]?.reason ?? 'Nothing left to send.' };
  return { kind: 'send', to: student.email, picks: toSend, dropped };
}
