// The local page's API: each handler does one thing to the runtime and says whether the state changed.
import type { LocalRuntime } from '../runtime/runtime';
import { advanceClock, submitFormResponse } from '../runtime/scheduler';
import { MAX_ADVANCE_MS } from '../cli/duration';
import { chooseForm, studentResponse } from '../cli/forms';
import { selectRow } from '../cli/selection';
import { pageState } from './page-state';

/** A request the page got wrong (HTTP 400), as opposed to a server call that failed. */
export class BadRequest extends Error {}

export interface ApiReply {
  body: unknown;
  /** True when the workspace changed and must be saved. */
  changed: boolean;
}

/** Runs a check whose failure is the request's fault (an unknown tab, a missing form), as a 400. */
function validated<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    throw new BadRequest(error instanceof Error ? error.message : String(error));
  }
}

function objectBody(body: unknown): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new BadRequest('The request body must be a JSON object.');
  return body as Record<string, unknown>;
}

/**
 * google.script.run's server side: only the bundle's entry points are callable; a failure comes
 * back as `{ ok: false, error: { message } }` for the sidebar's failure handler. Calling a name the
 * bundle lacks fails with Apps Script's "Script function not found: name" [P], the text the
 * scheduler also uses for a trigger whose handler is gone.
 */
function runEntryPoint(runtime: LocalRuntime, body: Record<string, unknown>): ApiReply {
  const { name, args = [] } = body;
  if (typeof name !== 'string' || !Array.isArray(args)) throw new BadRequest('Expected {"name": string, "args": array}.');
  if (!runtime.entryPoints().includes(name)) {
    return { body: { ok: false, error: { message: `Script function not found: ${name}` } }, changed: false };
  }
  const result = runtime.run(name, args);
  const reply = result.record.outcome === 'ok' ? { ok: true, value: result.value ?? null } : { ok: false, error: { message: result.error } };
  return { body: reply, changed: true };
}

function select(runtime: LocalRuntime, body: Record<string, unknown>): ApiReply {
  const { tab, row } = body;
  if (typeof tab !== 'string' || typeof row !== 'number') throw new BadRequest('Expected {"tab": string, "row": number}.');
  validated(() => selectRow(runtime.state, tab, row));
  return { body: { ok: true }, changed: true };
}

function advance(runtime: LocalRuntime, body: Record<string, unknown>): ApiReply {
  const { ms } = body;
  if (typeof ms !== 'number' || !Number.isInteger(ms) || ms <= 0 || ms > MAX_ADVANCE_MS) throw new BadRequest('Expected {"ms": a positive whole number of milliseconds, at most a year}.');
  const results = advanceClock(runtime, ms, {});
  return { body: { executions: results.map((result) => result.record) }, changed: true };
}

function submitForm(runtime: LocalRuntime, body: Record<string, unknown>): ApiReply {
  const { formId, response } = body;
  if (typeof formId !== 'string') throw new BadRequest('Expected {"formId": string, "response": {...}}.');
  // Everything submitFormResponse throws is about the response (it fires triggers only once it is valid).
  const results = validated(() => submitFormResponse(runtime, chooseForm(runtime.state, formId).id, studentResponse(response)));
  return { body: { executions: results.map((result) => result.record) }, changed: true };
}

type Handler = (runtime: LocalRuntime, body: Record<string, unknown>) => ApiReply;

const POST_HANDLERS: Readonly<Record<string, Handler>> = {
  '/api/run': runEntryPoint,
  '/api/select': select,
  '/api/advance': advance,
  '/api/submit-form': submitForm,
};

export function isApiPost(path: string): boolean {
  return Object.hasOwn(POST_HANDLERS, path);
}

export function handlePost(runtime: LocalRuntime, path: string, body: unknown): ApiReply {
  return POST_HANDLERS[path](runtime, objectBody(body));
}

export function handleGetState(runtime: LocalRuntime): unknown {
  return pageState(runtime.state);
}

/** A sent email's HTML body, or its plain body as escaped preformatted text. */
export function mailBody(runtime: LocalRuntime, id: string): string | null {
  const mail = runtime.state.mail.outbox.find((candidate) => candidate.id === id);
  if (!mail) return null;
  if (mail.htmlBody) return mail.htmlBody;
  const escaped = mail.body.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!DOCTYPE html><meta charset="utf-8"><pre style="white-space: pre-wrap; font: 14px sans-serif">${escaped}</pre>`;
}
