// `import <tab> <csv>`: appends a CSV's rows to a tab, each value under the header of the same name.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { loadRuntime, save, type Command } from '../command';
import { normalizeHeader } from '../../../core/headers';
import { CELL_MAX_CHARS } from '../../../core/schema';
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

/**
 * The file's text. UTF-8 is decoded strictly: Excel's "CSV (Comma delimited)" on Windows writes
 * Windows-1252 (Latin-1 plus curly quotes and €), whose accented bytes are invalid UTF-8 and would
 * otherwise become U+FFFD in every name. Such a file is read as Windows-1252, which decodes every
 * byte, and the notice says so. A UTF-16 file (its byte-order mark) is refused by name.
 */
export function decodeCsv(bytes: Uint8Array, source: string): { text: string; notice: string | null } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new Error(`${source} looks like UTF-16 text: save it as CSV UTF-8 and import again.`);
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), notice: null };
  } catch {
    const notice = `${source} is not UTF-8, so it was read as Windows-1252 (Excel's "CSV (Comma delimited)"). Check accented names; saving as "CSV UTF-8" avoids this.`;
    return { text: new TextDecoder('windows-1252').decode(bytes), notice };
  }
}

/** A value longer than a cell holds, named by its CSV row (the header is row 1) and column, before anything is written. */
function checkCellLengths(headers: readonly string[], data: readonly string[][], columns: readonly number[], source: string): void {
  data.forEach((row, i) => {
    for (const c of columns) {
      const length = (row[c] ?? '').length;
      if (length > CELL_MAX_CHARS) {
        throw new Error(`${source}: row ${i + 2}, column "${headers[c].trim()}" holds ${length.toLocaleString('en-US')} characters, but a cell holds at most ${CELL_MAX_CHARS.toLocaleString('en-US')}. Nothing was imported.`);
      }
    }
  });
}

/**
 * The CSV's first row names the columns; each later row becomes a record keyed by those names.
 * Rows whose every value is blank (",,," as spreadsheets export empty lines) are left out.
 */
export function csvRecords(text: string, source: string): Record<string, string>[] {
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    throw new Error(`${source} is not valid CSV: ${(error as Error).message}`, { cause: error });
  }
  const [headers, ...data] = rows;
  if (!headers) throw new Error(`${source} is empty: its first row must name the columns.`);
  const columns = headerColumns(headers, data, source);
  checkCellLengths(headers, data, columns, source);
  const filled = data.filter((row) => columns.some((c) => (row[c] ?? '').trim() !== ''));
  return filled.map((row) => Object.fromEntries(columns.map((c) => [headers[c], row[c] ?? ''])));
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
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      throw new Error(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { cause: error });
    }
    const { text, notice } = decodeCsv(bytes, file);
    const records = csvRecords(text, file);
    const runtime = loadRuntime(input);
    const added = appendByHeader(runtime.state, tab, records);
    save(input, runtime);
    if (notice) input.env.io.out(`Note: ${notice}`);
    input.env.io.out(`Imported ${added} row${added === 1 ? '' : 's'} into ${tab}.`);
    return 0;
  },
};
