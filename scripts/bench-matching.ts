// Benchmark: planning a cycle's picks for 2,000 students × 5,000 resources × 50,000 Sent-log rows, and 10,000 × 20,000 × 250,000; time and peak memory.
import { execFileSync } from 'node:child_process';
import { planPicks, type MatchResource, type MatchStudent, type SentRecord } from '../src/core/matching';

const SIZES = [
  { students: 2_000, resources: 5_000, sent: 50_000 },
  { students: 10_000, resources: 20_000, sent: 250_000 },
];
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

function dataset(size: (typeof SIZES)[number]) {
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

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** One size in this process: plans it three times and prints the median wall and CPU time (CPU time says more on a busy machine) and memory as JSON. */
function runOne(index: number): void {
  const size = SIZES[index];
  const data = dataset(size);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let plans: ReturnType<typeof planPicks> = [];
  for (let i = 0; i < 3; i += 1) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    plans = planPicks(data.students, data.resources, data.sent, { picksPerEmail: 3 });
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  const heapWithPlan = process.memoryUsage().heapUsed - heapBefore;
  const emailed = plans.filter((p) => !p.skipped).length;
  console.log(JSON.stringify({ ...size, ms: times.sort((a, b) => a - b)[1], cpuMs: cpuTimes.sort((a, b) => a - b)[1], emailed, planHeap: heapWithPlan, peakRss: process.resourceUsage().maxRSS * 1024 }));
}

/** Each size in a fresh process, so that its peak memory is its own. */
function main(): void {
  const rows = SIZES.map((_, i) => JSON.parse(execFileSync(process.execPath, [...process.execArgv, process.argv[1], String(i)], { encoding: 'utf8' })));
  console.log('| students | resources | Sent log | emailed | plan time, wall (median of 3) | CPU time | heap after planning | peak RSS (process) |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(`| ${r.students.toLocaleString('en-US')} | ${r.resources.toLocaleString('en-US')} | ${r.sent.toLocaleString('en-US')} | ${r.emailed.toLocaleString('en-US')} | ${Math.round(r.ms)} ms | ${Math.round(r.cpuMs)} ms | ${mb(r.planHeap)} | ${mb(r.peakRss)} |`);
  }
  const [small, large] = rows;
  console.log(`\nGrowth: ${(large.cpuMs / small.cpuMs).toFixed(1)}× the CPU time for 5× the students, 4× the resources and 5× the Sent log.`);
}

if (process.argv[2] !== undefined) runOne(Number(process.argv[2]));
else main();
