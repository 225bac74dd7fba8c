// The benchmark's report: one markdown table row per class size, and the machine line, from the measures of scripts/bench/*.ts.
import { cpus, totalmem, platform, arch } from 'node:os';
import type { ActionsMeasure } from './actions';
import type { CardCost, CardMeasure } from './card';
import type { CycleMeasure } from './cycle';
import type { Cost } from './measure';
import type { PlanningMeasure } from './planning';
import type { SidebarMeasure } from './sidebar';

export interface SizeReport {
  students: number;
  planning: PlanningMeasure;
  sidebar: SidebarMeasure;
  actions: ActionsMeasure;
  cycle: CycleMeasure;
  card: CardMeasure;
}

const count = (n: number) => Math.round(n).toLocaleString('en-US');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Simulated durations as a person reads them: 850 ms, 12.4 s, 4 min 05 s. */
export function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

const services = (byService: Record<string, number>) =>
  Object.entries(byService)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([service, n]) => `${service} ${count(n)}`)
    .join(', ');

const callsAndTime = (cost: Cost) => `${cost.calls} calls, ${duration(cost.simulatedMs)}`;
const cardCost = (cost: CardCost) => `${cost.calls} calls, ${count(cost.cellsRead)} cells, ${duration(cost.simulatedMs)}${cost.failed ? ` (killed: ${cost.failed})` : ''}`;

/** CPU model, cores, memory, Node version and platform, from the os module. */
export function machineLine(): string {
  const cpu = cpus();
  return `Machine: ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 1024 ** 3).toFixed(0)} GB RAM, Node ${process.version}, ${platform()} ${arch()}.`;
}

export const TABLE_HEADER = [
  '| students | planning (× 2.5 resources, × 25 Sent-log rows): CPU time (wall); peak memory | service calls per cycle, by service | simulated time per sending run, mean / longest, vs its sends alone (the floor) | opening the sidebar: round trips, payload; server calls, simulated | card after a year of both logs: Sent log and check-in rows; first card / next: calls, cells read, simulated (real) | check-in / add resource / survey response |',
  '|---:|---|---|---|---|---|---|',
];

export function tableRow(r: SizeReport): string {
  const { planning: p, cycle: c, sidebar: s, actions: a, card } = r;
  const overhead = (c.meanRunMs / c.meanFloorMs - 1) * 100;
  return [
    '',
    count(r.students),
    `${count(p.cpuMs)} ms (${count(p.wallMs)} ms); peak RSS ${mb(p.peakRssBytes)}, heap held ${mb(p.planHeapBytes)}`,
    `${services(c.byService)} (${c.runs} runs, ${count(c.sends)} sends, ${c.days} day${c.days === 1 ? '' : 's'})`,
    `${duration(c.meanRunMs)} / ${duration(c.longestRunMs)} vs ${duration(c.meanFloorMs)} (+${overhead.toFixed(0)} %)`,
    `${s.roundTrips} round trip${s.roundTrips === 1 ? '' : 's'}, ${kb(s.payloadBytes)}; ${callsAndTime(a.open)}`,
    `${count(card.sentLogRows)} + ${count(card.checkInRows)} rows; ${cardCost(card.first)} / ${cardCost(card.next)} (${count(card.next.realMs)} ms)`,
    `${callsAndTime(a.checkIn)} / ${callsAndTime(a.addResource)} / ${callsAndTime(a.surveyResponse)}`,
    '',
  ].join(' | ').trim();
}
