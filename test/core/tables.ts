// Test helper: builds tab values (header row and data rows) from records keyed by column key.
import type { Cell } from '../../src/core/cells';
import type { TabSpec } from '../../src/core/schema';
import type { TabValues } from '../../src/core/table';

/** Values for `tab` with its headers in schema order (or `headers` as given), one row per record. */
export function tabValues(tab: TabSpec, records: Record<string, Cell>[], headers: string[] = tab.columns.map((c) => c.header)): TabValues {
  const keyOf = (header: string) => tab.columns.find((c) => c.header === header)?.key;
  return {
    header: [...headers],
    rows: records.map((record) => headers.map((header) => record[keyOf(header) ?? ''] ?? '')),
  };
}

export const NEW_YORK = 'America/New_York';
export const TODAY = '2026-11-23';
export const DATES = { timeZone: NEW_YORK, today: TODAY } as const;
