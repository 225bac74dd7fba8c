// The benchmark's card measure: the selected student's card (getSelectedStudent) after a school year of Sent log, 18 cycles of 3 picks for every student.
import { boundSpreadsheet, headerRow, requireTab } from '../../src/local/demo/by-header';
import type { LocalRuntime } from '../../src/local/runtime/runtime';
import { readValues, writeValues } from '../../src/local/services/spreadsheet/state-access';
import { costOf, medianTimed, succeeded, type Cost } from './measure';

/** A 36-week school year with a cycle every two weeks, three picks an email. */
const CYCLES = 18;
const PICKS = 3;
const DAY = 24 * 3_600_000;

export interface CardMeasure extends Cost {
  sentLogRows: number;
  realMs: number;
}

/** Writes a year of `sent` rows for every student on the Students tab, as the engine would have: one block, after the rows already there. */
function addYearOfSentLog(runtime: LocalRuntime): number {
  const students = readValues(requireTab(runtime.state, 'Students'));
  const resources = readValues(requireTab(runtime.state, 'Resources'));
  const column = (rows: unknown[][], name: string) => rows[0].indexOf(name);
  const [id, email] = [column(students, 'ID'), column(students, 'Email')];
  const [resId, title, url] = [column(resources, 'ID'), column(resources, 'Title'), column(resources, 'URL')];
  const sentLog = requireTab(runtime.state, 'Sent log');
  const headers = headerRow(sentLog);
  const rows: unknown[][] = [];
  for (let cycle = 0; cycle < CYCLES; cycle += 1) {
    const at = new Date(runtime.state.clock.now - (CYCLES - cycle) * 14 * DAY);
    const cycleId = `Cycle ${at.toISOString().slice(0, 10)} 09:00`;
    students.slice(1).forEach((student, s) => {
      for (let pick = 0; pick < PICKS; pick += 1) {
        const resource = resources[1 + ((s + cycle * PICKS + pick) % (resources.length - 1))];
        const record: Record<string, unknown> = { 'Sent at': at, Cycle: cycleId, 'Student ID': student[id], 'Student email': student[email], 'Resource ID': resource[resId], 'Resource title': resource[title], URL: resource[url], Reason: 'because you said you are interested in it', Status: 'sent' };
        rows.push(headers.map((header) => record[header] ?? ''));
      }
    });
  }
  const { timeZone, locale } = boundSpreadsheet(runtime.state);
  writeValues(sentLog, readValues(sentLog).length + 1, 1, rows, timeZone, locale);
  return readValues(sentLog).length - 1;
}

/** The card of the selected student (the benchmark class selects row 10) after a year of Sent log: median of three. */
export function measureCard(runtime: LocalRuntime): CardMeasure {
  const sentLogRows = addYearOfSentLog(runtime);
  const { ms, value } = medianTimed(3, () => succeeded(runtime.run('getSelectedStudent', [])));
  return { ...costOf([value]), sentLogRows, realMs: ms };
}
