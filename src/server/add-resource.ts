// Adding a resource from the sidebar: validated against the library, then one row appended to Resources.
import type { ResourceInput, Result } from '../shared/rpc';
import { mapColumns } from '../core/headers';
import { makeId } from '../core/ids';
import { parseResources, resourceRowValues, validateResourceInput } from '../core/resources';
import { requestIdOf, rowOfRequest } from '../core/request-ids';
import { RESOURCES } from '../core/schema';
import { lastUsedRow, rowFor } from '../core/table';
import { withDocumentLock } from './document-lock';
import { openSpreadsheetContext } from './spreadsheet-context';
import { assignMissingIds } from './row-ids';
import { appendRows } from './writes';
import { loadTabs } from './workspace-loader';

/**
 * Under the document lock: the Resources tab read once, the input checked (http/https links only,
 * type and level from the lists, no link already in the library), a `res-…` id made from
 * Utilities.getUuid, and the row written with one setValues. Nothing is written on any problem.
 * Rows the teacher typed without an id get one first (one more setValues, only when needed).
 * The request id is written in the resource's row: a retry carrying one already there answers
 * with that row, rather than refusing its link as already in the library.
 */
export function addResourceToLibrary(input: ResourceInput): Result<{ id: string; row: number }> {
  const context = openSpreadsheetContext();
  return withDocumentLock(() => {
    const loaded = loadTabs(context, ['resources']);
    const sheet = loaded.tabs.resources;
    const values = loaded.values.resources;
    if (loaded.structureProblems.length > 0 || !sheet || !values) return { ok: false, problems: loaded.structureProblems };
    const map = mapColumns(RESOURCES, values.header);
    const { resources } = parseResources(values.rows, map, context.dates);
    const requestId = requestIdOf(input?.requestId, RESOURCES.name);
    const saved = requestId.ok ? rowOfRequest(resources, requestId.value) : undefined;
    if (saved) return { ok: true, value: { id: saved.id, row: saved.row } };
    const valid = validateResourceInput(input ?? ({} as ResourceInput), resources);
    if (!valid.ok) return valid;
    assignMissingIds(sheet, values, map, resources, 'res');
    const id = makeId('res', () => Utilities.getUuid(), new Set(resources.map((r) => r.id)));
    const row = appendRows(sheet, lastUsedRow(values), [rowFor(map, resourceRowValues(id, valid.value, context.now))]);
    return { ok: true, value: { id, row } };
  });
}
