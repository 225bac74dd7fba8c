// The benchmark's card measure: the selected student's card (getSelectedStudent) after a school year of both logs (18 cycles of 3 picks, two check-ins a cycle, for every student): the first card, which may rebuild a summary, and the next.
import { boundSpreadsheet, headerRow, requireTab } from '../../src/local/demo/by-header';
import type { LocalRuntime } from '../../src/local/runtime/runtime';
import { LocalRange } from '../../src/local/services/spreadsheet/range';
import { readValues, writeValues } from '../../src/local/services/spreadsheet/state-access';
import { costOf, medianTimed, type Cost } from './measure';

/** A 36-week school year with a cycle every two weeks, three picks an email, two check-ins a cycle. */
const CYCLES = 18;
const PICKS = 3;
const CHECK_INS_PER_CYCLE = 2;
const DAY = 24 * 3_600_000;

export interface CardCost extends Cost {
  /** Cells covered by the getValues calls the card made. */
  cellsRead: number;
  /** Why the card's execution did not end ok (the 6-minute limit, at the largest sizes), or null. */
  failed: string | null;
}

export interface CardMeasure {
  sentLogRows: number;
  checkInRows: number;
  /** The first card after the logs grew, and the next ones (median of three, with real time). */
  first: CardCost;
  next: CardCost & { realMs: number };
}

/** Appends `records` to a tab under its headers, in one block, values as typed into Sheets; returns the tab's data rows. */
function appendBlock(runtime: LocalRuntime, tab: string, records: readonly Record<string, unknown>[]): number {
  const sheet = requireTab(runtime.state, tab);
  const headers = headerRow(sheet);
  const { timeZone, locale } = boundSpreadsheet(runtime.state);
  writeValues(sheet, readValues(sheet).length + 1, 1, records.map((record) => headers.map((header) => record[header] ?? '')), timeZone, locale);
  return readValues(sheet).length - 1;
}

/** A year of `sent` rows and check-ins for every student on the Students tab, oldest first as the add-on appends them. */
function addYearOfLogs(runtime: LocalRuntime): { sentLogRows: number; checkInRows: number } {
  const column = (rows: unknown[][], name: string) => rows[0].indexOf(name);
  const students = readValues(requireTab(runtime.state, 'Students'));
  const resources = readValues(requireTab(runtime.state, 'Resources'));
  const [id, email] = [column(students, 'ID'), column(students, 'Email')];
  const [resId, title, url] = [column(resources, 'ID'), column(resources, 'Title'), column(resources, 'URL')];
  const sent: Record<string, unknown>[] = [];
  const checkIns: Record<string, unknown>[] = [];
  for (let cycle = 0; cycle < CYCLES; cycle += 1) {
    const at = new Date(runtime.state.clock.now - (CYCLES - cycle) * 14 * DAY);
    const cycleId = `Cycle ${at.toISOString().slice(0, 10)} 09:00`;
    students.slice(1).forEach((student, s) => {
      for (let pick = 0; pick < PICKS; pick += 1) {
        const resource = resources[1 + ((s + cycle * PICKS + pick) % (resources.length - 1))];
        sent.push({ 'Sent at': at, Cycle: cycleId, 'Student ID': student[id], 'Student email': student[email], 'Resource ID': resource[resId], 'Resource title': resource[title], URL: resource[url], Reason: 'because you said you are interested in it', Status: 'sent' });
      }
      for (let k = 0; k < CHECK_INS_PER_CYCLE; k += 1) {
        checkIns.push({ Date: new Date(at.getTime() + (k * 7 + 1) * DAY), 'Student ID': student[id], Kind: 'greeting', Note: `Talked about week ${cycle * 2 + k}` });
      }
    });
  }
  return { sentLogRows: appendBlock(runtime, 'Sent log', sent), checkInRows: appendBlock(runtime, 'Check-ins', checkIns) };
}

/** Runs `work`, counting the cells the getValues calls it makes cover. */
function countingCellsRead<T>(work: () => T): { value: T; cellsRead: number } {
  let cellsRead = 0;
  const getValues = LocalRange.prototype.getValues;
  LocalRange.prototype.getValues = function (this: LocalRange) {
    cellsRead += this.grid.numRows * this.grid.numColumns;
    return getValues.call(this);
  };
  try {
    return { value: work(), cellsRead };
  } finally {
    LocalRange.prototype.getValues = getValues;
  }
}

/** One card: what it cost, and how it ended (a card killed at the time limit is a result, not a benchmark failure). */
function cardCost(runtime: LocalRuntime): CardCost {
  const { value, cellsRead } = countingCellsRead(() => runtime.run('getSelectedStudent', []));
  return { ...costOf([value.record]), cellsRead, failed: value.record.outcome === 'ok' ? null : (value.error ?? value.record.outcome) };
}

/** The card of the selected student (the benchmark class selects row 10) after a year of both logs. */
export function measureCard(runtime: LocalRuntime): CardMeasure {
  const rows = addYearOfLogs(runtime);
  const first = cardCost(runtime);
  const next = medianTimed(3, () => cardCost(runtime));
  return { ...rows, first, next: { ...next.value, realMs: next.ms } };
}
