// `import <tab> <csv>`: appends a CSV's rows to a tab, each value under the header of the same name.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { loadRuntime, save, type Command } from '../command';
import { normalizeHeader } from '../../../core/headers';
import { appendByHeader } from '../../demo/by-header';

/**
 * Header columns to read by position: a blank header over an empty column (a trailing comma from a
 * spreadsheet export) is skipped; a blank header over data, or two headers naming the same column
 * (as the add-on matches headers: case, spaces and hyphens ignored), is an error, since either
 * would silently drop values.
 */
function headerColumns(headers: readonly string[], data: readonly string[][], source: string): number[] {
  const seen = new Map<string, number>();
  const columns: number[] = [];
  headers.forEach((header, c) => {
    const key = normalizeHeader(header);
    if (!key) {
      const line = data.findIndex((row) => (row[c] ?? '').trim() !== '');
      if (line !== -1) throw new Error(`${source}: column ${c + 1} has no header but holds data (line ${line + 2}). Name it, or remove the column.`);
      return;
    }
    const first = seen.get(key);
    if (first !== undefined) throw new Error(`${source}: columns ${first + 1} and ${c + 1} of the header row both name "${header.trim()}".`);
    seen.set(key, c);
    columns.push(c);
  });
  return columns;
}

/** The CSV's first row names the columns; each later row becomes a record keyed by those names. */
export function csvRecords(text: string, source: string): Record<string, string>[] {
  // Read as UTF-8, a UTF-16 file starts with U+FFFD pairs and gives a header of garbage; say what it is instead.
  if (text.startsWith('\uFFFD\uFFFD')) throw new Error(`${source} looks like UTF-16 text: save it as CSV UTF-8 and import again.`);
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    throw new Error(`${source} is not valid CSV: ${(error as Error).message}`, { cause: error });
  }
  const [headers, ...data] = rows;
  if (!headers) throw new Error(`${source} is empty: its first row must name the columns.`);
  const columns = headerColumns(headers, data, source);
  return data.map((row) => Object.fromEntries(columns.map((c) => [headers[c], row[c] ?? ''])));
}

export const importCommand: Command = {
  name: 'import',
  usage: 'import <tab> <file.csv>',
  summary: "append a CSV's rows to a tab, matched by header (values parsed as if typed in)",
  options: [],
  minArgs: 2,
  maxArgs: 2,
  writes: true,
  run(input) {
    const [tab, file] = input.args;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new Error(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { cause: error });
    }
    const records = csvRecords(text, file);
    const runtime = loadRuntime(input);
    const added = appendByHeader(runtime.state, tab, records);
    save(input, runtime);
    input.env.io.out(`Imported ${added} row${added === 1 ? '' : 's'} into ${tab}.`);
    return 0;
  },
};
