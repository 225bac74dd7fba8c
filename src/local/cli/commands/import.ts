// `import <tab> <csv>`: appends a CSV's rows to a tab, each value under the header of the same name.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { loadRuntime, save, type Command } from '../command';
import { appendByHeader } from '../../demo/by-header';

/** The CSV's first row names the columns; each later row becomes a record keyed by those names. */
export function csvRecords(text: string, source: string): Record<string, string>[] {
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    throw new Error(`${source} is not valid CSV: ${(error as Error).message}`, { cause: error });
  }
  const [headers, ...data] = rows;
  if (!headers) throw new Error(`${source} is empty: its first row must name the columns.`);
  return data.map((row) => Object.fromEntries(headers.map((header, c) => [header, row[c] ?? ''])));
}

export const importCommand: Command = {
  name: 'import',
  usage: 'import <tab> <file.csv>',
  summary: "append a CSV's rows to a tab, matched by header (values parsed as if typed in)",
  options: [],
  minArgs: 2,
  maxArgs: 2,
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
