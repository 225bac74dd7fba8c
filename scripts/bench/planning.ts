// The benchmark's planning measure: a cycle's picks for N students over a library of 2.5 N resources and a Sent log of 25 N rows (a year of cycles), seeded; CPU time and peak memory.
import { planPicks, type MatchResource, type MatchStudent, type SentRecord } from '../../src/core/matching';
import { medianTimed } from './measure';

const TYPES = ['article', 'video', 'event', 'opportunity', 'book', 'podcast'];
const LEVELS = ['intro', 'enrichment', 'challenge', 'support'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ter', 'bra', 'sun', 'vel', 'or', 'pi', 'dex', 'ran', 'tu', 'gor', 'ne', 'shi', 'ul'];

/** A seeded generator (mulberry32): every run plans the same data. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Topic words made of syllables; a larger library has a larger vocabulary (one topic per 8 resources). */
function vocabulary(size: number): string[] {
  const words: string[] = [];
  for (let i = 0; words.length < size; i += 1) {
    let n = i;
    let word = '';
    do {
      word += SYLLABLES[n % SYLLABLES.length];
      n = Math.floor(n / SYLLABLES.length);
    } while (n > 0);
    if (word.length >= 4) words.push(word);
  }
  return words;
}

/** The planning data's shape for a class of `students`: the library and the Sent log grow with the class. */
export function planningShape(students: number) {
  return { students, resources: Math.round(students * 2.5), sent: students * 25 };
}

function dataset(size: ReturnType<typeof planningShape>) {
  const next = random(size.students);
  const any = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const topics = vocabulary(Math.round(size.resources / 8));
  // Students write plurals and word forms ("kalos", "kaloing") the stemmer folds onto the tags.
  const spoken = (topic: string) => any([topic, `${topic}s`, `${topic}ing`]);
  const students: MatchStudent[] = Array.from({ length: size.students }, (_, i) => ({
    id: `stu-${i}`,
    interests: Array.from({ length: 2 + Math.floor(next() * 5) }, () => spoken(any(topics))),
    careerPath: `${spoken(any(topics))} or ${spoken(any(topics))}`,
    goals: `I hope to learn about ${spoken(any(topics))} and ${any(topics)} ${any(topics)}. Find a ${spoken(any(topics))} internship this summer.`,
    whyThisClass: `My friend told me about ${spoken(any(topics))}.`,
    preferredTypes: [any(TYPES), any(TYPES)],
    howWeCanHelp: any(['', 'More of a challenge please', 'I need support with reading']),
    optOut: next() < 0.03,
    emailUsable: next() > 0.02,
  }));
  const resources: MatchResource[] = Array.from({ length: size.resources }, (_, i) => ({
    id: `res-${String(i).padStart(6, '0')}`,
    title: `Resource ${i}`,
    url: `https://example.org/r/${i}`,
    type: any(TYPES),
    tags: Array.from({ length: 1 + Math.floor(next() * 4) }, () => (next() < 0.2 ? `${any(topics)} ${any(topics)}` : any(topics))),
    level: any(LEVELS),
    active: next() > 0.05,
  }));
  const sent: SentRecord[] = Array.from({ length: size.sent }, () => {
    const r = Math.floor(next() * size.resources);
    return { studentId: `stu-${Math.floor(next() * size.students)}`, resourceId: `res-${String(r).padStart(6, '0')}`, url: `https://example.org/r/${r}`, status: any(['sent', 'sent', 'sent', 'unknown', 'failed', 'skipped']) };
  });
  return { students, resources, sent };
}

export interface PlanningMeasure {
  resources: number;
  sent: number;
  emailed: number;
  /** Median of three plans: wall time, and CPU time (which says more on a busy machine). */
  wallMs: number;
  cpuMs: number;
  /** Heap held after planning, and the process's peak resident memory so far (measure planning first). */
  planHeapBytes: number;
  peakRssBytes: number;
}

/** Plans a class of `students` three times in this process. Run it first in a fresh process, so that the peak resident memory is planning's. */
export function measurePlanning(students: number): PlanningMeasure {
  const shape = planningShape(students);
  const data = dataset(shape);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const cpuTimes: number[] = [];
  const { ms, value: plans } = medianTimed(3, () => {
    const cpu = process.cpuUsage();
    const plans = planPicks(data.students, data.resources, data.sent, { picksPerEmail: 3 });
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
    return plans;
  });
  return {
    resources: shape.resources,
    sent: shape.sent,
    emailed: plans.filter((p) => !p.skipped).length,
    wallMs: ms,
    cpuMs: cpuTimes.sort((a, b) => a - b)[1],
    planHeapBytes: process.memoryUsage().heapUsed - heapBefore,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
}
