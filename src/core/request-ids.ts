// Request ids: the sidebar names each write, so a retry of a write that had in fact been saved is recognised, not repeated.
import type { Problem, Result } from './vocabulary';

/** What the sidebar makes (a UUID) and a little more: letters, digits, '-' and '_', at most 100. */
const REQUEST_ID = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * The request id of an input: '' when none was sent (a caller other than the sidebar); a value of
 * any other shape is refused, since a row (or a survey, with no `tab`) would carry it.
 */
export function requestIdOf(value: unknown, tab?: string): Result<string> {
  if (value === undefined || value === null || value === '') return { ok: true, value: '' };
  if (typeof value === 'string' && REQUEST_ID.test(value)) return { ok: true, value };
  const message = 'The request id must be up to 100 letters, digits, dashes or underscores. Reload the sidebar and try again.';
  const problem: Problem = tab === undefined ? { message } : { tab, column: 'Request ID', message };
  return { ok: false, problems: [problem] };
}

/** The row an earlier request with this id wrote, if any: a retry answers with it instead of writing again. */
export function rowOfRequest<T extends { requestId?: string }>(rows: readonly T[], requestId: string): T | undefined {
  return requestId === '' ? undefined : rows.find((row) => row.requestId === requestId);
}
