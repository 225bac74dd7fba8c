// The resource library: validating a new resource (http/https links only) and reading the Resources tab.
import { cutText } from './text-cut';
import type { ResourceInput } from './contract-types';
import { RESOURCE_LEVELS, RESOURCE_TYPES, type IsoDate, type Problem, type Result } from './vocabulary';
import { cellBoolean, cellText, safeCellText, splitList, type Cell } from './cells';
import { parseDateValue, type DateContext } from './dates';
import type { ColumnMap } from './headers';
import { clearDuplicateIds } from './ids';
import { requestIdOf } from './request-ids';
import { RESOURCES, columnSpec } from './schema';
import { cellOf, forEachFilledRow } from './table';

export interface Resource {
  row: number;
  id: string;
  title: string;
  url: string;
  /** False for a link Rapport will never send (not http/https, e.g. `javascript:`). */
  urlSafe: boolean;
  type: string;
  tags: string[];
  level: string;
  description: string;
  active: boolean;
  added: IsoDate | null;
  /** The sidebar request that added the row; '' (or absent) for rows typed in the tab. */
  requestId?: string;
}

export interface ResourceDraft {
  title: string;
  url: string;
  type: string;
  tags: string[];
  level: string;
  description: string;
  /** '' when the caller sent none. */
  requestId: string;
}

/**
 * Only absolute http(s) links to a named host: `javascript:`, `data:`, `file:` and relative links
 * are refused, and so are links carrying a user name (`https://bank.com@evil.example`).
 */
export function isSafeUrl(url: string): boolean {
  return /^https?:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+(:\d{1,5})?([/?#]\S*)?$/i.test(url) && !/\p{Cc}/u.test(url);
}

/** Longer links are not sent (see isHttpsUrl): the email would pass MailApp's size limit. */
const MAX_URL_CHARS = columnSpec(RESOURCES, 'url').maxLength;

function fieldProblem(column: string, message: string): Problem {
  return { tab: RESOURCES.name, column, message };
}

function checkLength(key: string, value: string, problems: Problem[]): void {
  const spec = columnSpec(RESOURCES, key);
  if (value.length > spec.maxLength) {
    problems.push(fieldProblem(spec.header, `${spec.header} is ${value.length.toLocaleString('en-US')} characters; at most ${spec.maxLength.toLocaleString('en-US')} fit.`));
  }
}

function oneOf(value: string, choices: readonly string[]): string | null {
  const lower = value.trim().toLowerCase();
  return choices.find((c) => c === lower) ?? null;
}

/** Checks what the teacher typed in the sidebar; every fault is reported at once. */
export function validateResourceInput(input: ResourceInput, existing: readonly Resource[]): Result<ResourceDraft> {
  const problems: Problem[] = [];
  const title = String(input.title ?? '').trim();
  const url = String(input.url ?? '').trim();
  const description = String(input.description ?? '').trim();
  const tags = splitList(String(input.tags ?? ''));
  if (!title) problems.push(fieldProblem('Title', 'Give the resource a title.'));
  if (!url) problems.push(fieldProblem('URL', 'Give the resource a link.'));
  else if (!isSafeUrl(url)) problems.push(fieldProblem('URL', 'The link must start with http:// or https:// and name a web site.'));
  else {
    const same = existing.find((r) => r.url.toLowerCase() === url.toLowerCase());
    if (same) problems.push(fieldProblem('URL', `This link is already in the library (row ${same.row}, "${same.title}").`));
  }
  const type = oneOf(String(input.type ?? ''), RESOURCE_TYPES);
  if (!type) problems.push(fieldProblem('Type', `Choose a type: ${RESOURCE_TYPES.join(', ')}.`));
  const level = oneOf(String(input.level ?? ''), RESOURCE_LEVELS);
  if (!level) problems.push(fieldProblem('Level', `Choose a level: ${RESOURCE_LEVELS.join(', ')}.`));
  if (tags.length === 0) problems.push(fieldProblem('Tags', 'Add at least one tag (topics or careers, separated by commas).'));
  checkLength('title', title, problems);
  checkLength('url', url, problems);
  checkLength('tags', tags.join(', '), problems);
  checkLength('description', description, problems);
  const requestId = requestIdOf(input.requestId, RESOURCES.name);
  if (!requestId.ok) problems.push(...requestId.problems);
  if (problems.length > 0 || !type || !level || !requestId.ok) return { ok: false, problems };
  return { ok: true, value: { title, url, type, tags, level, description, requestId: requestId.value } };
}

/** The new row's values by column key; text the teacher typed is written so it stays text. */
export function resourceRowValues(id: string, draft: ResourceDraft, added: Date): Record<string, Cell> {
  return {
    id,
    title: safeCellText(draft.title),
    url: draft.url,
    type: draft.type,
    tags: safeCellText(draft.tags.join(', ')),
    level: draft.level,
    description: safeCellText(draft.description),
    active: true,
    added,
    requestId: draft.requestId,
  };
}

/**
 * Reads the Resources tab; every fault is reported with its row: a missing title or tags, an
 * unknown type or level, a link repeated from an earlier row, and a missing or non-http(s) link,
 * whose resource is marked unsendable, not dropped. A copied row's repeated id is cleared (see clearDuplicateIds).
 */
export function parseResources(rows: readonly (readonly Cell[])[], map: ColumnMap, dates: DateContext): { resources: Resource[]; problems: Problem[] } {
  const resources: Resource[] = [];
  const problems: Problem[] = [];
  const rowOfUrl = new Map<string, number>();
  forEachFilledRow(rows, map, (cells, row) => {
    const text = (key: string) => cellText(cellOf(map, cells, key));
    const url = text('url');
    const fits = url.length <= MAX_URL_CHARS;
    const urlSafe = fits && isSafeUrl(url);
    const at = (column: string, message: string) => problems.push({ tab: RESOURCES.name, row, column, message });
    if (!text('title')) at('Title', 'No title: give the resource one so students know what it is.');
    if (!url) at('URL', 'No link; Rapport will not send it.');
    else if (!fits) at('URL', `The link is ${url.length.toLocaleString('en-US')} characters; at most ${MAX_URL_CHARS.toLocaleString('en-US')} fit. Rapport will not send it.`);
    else if (!urlSafe) at('URL', `"${cutText(url, 60)}" is not an http or https link; Rapport will not send it.`);
    else if (rowOfUrl.has(url.toLowerCase())) at('URL', `Same link as row ${rowOfUrl.get(url.toLowerCase())}; a student could be sent it twice. Delete one of the rows.`);
    else rowOfUrl.set(url.toLowerCase(), row);
    const type = text('type').toLowerCase();
    if (type && !oneOf(type, RESOURCE_TYPES)) at('Type', `"${type}" is not one of ${RESOURCE_TYPES.join(', ')}.`);
    const level = text('level').toLowerCase();
    if (level && !oneOf(level, RESOURCE_LEVELS)) at('Level', `"${level}" is not one of ${RESOURCE_LEVELS.join(', ')}.`);
    if (splitList(text('tags')).length === 0) at('Tags', 'No tags: Rapport matches resources to students by their tags.');
    const added = parseDateValue(cellOf(map, cells, 'added'), dates);
    resources.push({
      row,
      id: text('id'),
      title: text('title'),
      url,
      urlSafe,
      type,
      tags: splitList(text('tags')),
      level,
      description: text('description'),
      active: cellBoolean(cellOf(map, cells, 'active'), true),
      added: added.ok ? added.date : null,
      requestId: text('requestId'),
    });
  });
  problems.push(...clearDuplicateIds(resources, RESOURCES.name));
  return { resources, problems: problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) };
}
