// The planner: for each student the K best unsent resources with reasons, or why they are skipped. Pure and deterministic.
import { buildLibraryIndex, wasReceived, type IndexedResource, type LibraryIndex } from './library-index';
import { matchProfile, type Clause, type MatchProfile } from './profile';
import { generalReason, matchReason, NOTHING_NEW, type ReasonExtras } from './reasons';
import { DEFAULT_PICKS_PER_EMAIL, MAX_PICKS_PER_EMAIL, type MatchResource, type MatchStudent, type Pick, type PlanOptions, type SentRecord, type StudentPlan } from './types';

/** One tag of a candidate and the clause of the student's profile it met. */
interface Contribution {
  tag: string;
  weight: number;
  clause: Clause;
}

interface Candidate {
  entry: IndexedResource;
  /** One per tag met, with the strongest clause that met it (a handful: a linear search beats a Map). */
  contributions: Contribution[];
}

/** A tag already covered by a pick counts a quarter, a clause already quoted half: variety over K picks on one tag. */
const USED_TAG_FACTOR = 0.25;
const USED_CLAUSE_FACTOR = 0.5;
const PREFERRED_TYPE_BONUS = 1;
const LEVEL_BONUS = 1;
const REPEATED_TYPE_PENALTY = 0.75;

/** A longer tag met in the student's words ("marine biology") says more than a single word. */
function phraseWeight(clause: Clause, phrase: string): number {
  return clause.weight * (1 + 0.5 * (phrase.split(' ').length - 1));
}

/** The student's unsent resources whose tags occur in their clauses: only index postings are visited, never the whole library. */
function candidatesFor(studentId: string, profile: MatchProfile, index: LibraryIndex): Candidate[] {
  const candidates: Candidate[] = [];
  const received = index.receivedBy(studentId);
  const scratch = index.scratch;
  scratch.student += 1;
  const me = scratch.student;
  for (const clause of profile.clauses) {
    for (const phrase of clause.phrases) {
      const postings = index.byTag.get(phrase);
      if (!postings) continue;
      const weight = phraseWeight(clause, phrase);
      for (const entry of postings) {
        if (scratch.seenBy[entry.rank] !== me) {
          scratch.seenBy[entry.rank] = me;
          scratch.slot[entry.rank] = wasReceived(received, entry) ? -1 : candidates.push({ entry, contributions: [] }) - 1;
        }
        const slot = scratch.slot[entry.rank];
        if (slot < 0) continue;
        const { contributions } = candidates[slot];
        let before: Contribution | undefined;
        for (const c of contributions) if (c.tag === phrase) before = c;
        if (!before) contributions.push({ tag: phrase, weight, clause });
        else if (weight > before.weight) {
          before.weight = weight;
          before.clause = clause;
        }
      }
    }
  }
  return candidates;
}

function extrasFor(entry: IndexedResource, profile: MatchProfile): ReasonExtras {
  return {
    preferredType: profile.types.has(entry.typeKey) ? entry.resource.type : undefined,
    askedLevel: profile.levels.has(entry.levelKey) ? entry.levelKey : undefined,
  };
}

function toPick(entry: IndexedResource, reason: string, general: boolean): Pick {
  const { id, title, url, type, level } = entry.resource;
  return { resourceId: id, title, url, type, level, reason, general };
}

/** What the picks so far have covered: a covered tag or quoted clause counts less, a repeated type costs. */
interface Covered {
  tags: Set<string>;
  clauses: Set<number>;
  types: Map<string, number>;
}

function effectiveWeight(c: Contribution, covered: Covered): number {
  return c.weight * (covered.tags.has(c.tag) ? USED_TAG_FACTOR : covered.clauses.has(c.clause.order) ? USED_CLAUSE_FACTOR : 1);
}

function scoreOf(candidate: Candidate, profile: MatchProfile, covered: Covered): number {
  const { entry } = candidate;
  let score = 0;
  for (const c of candidate.contributions) score += effectiveWeight(c, covered);
  if (profile.types.has(entry.typeKey)) score += PREFERRED_TYPE_BONUS;
  if (profile.levels.has(entry.levelKey)) score += LEVEL_BONUS;
  return score - REPEATED_TYPE_PENALTY * (covered.types.get(entry.typeKey) ?? 0);
}

/** The clause a pick is credited to: its strongest contribution now, the student's earlier clause on a tie. */
function reasonOf(candidate: Candidate, covered: Covered): Contribution {
  let best = candidate.contributions[0];
  let bestWeight = effectiveWeight(best, covered);
  for (const c of candidate.contributions) {
    const weight = effectiveWeight(c, covered);
    if (weight > bestWeight || (weight === bestWeight && c.clause.order < best.clause.order)) {
      best = c;
      bestWeight = weight;
    }
  }
  return best;
}

/** Greedy choice of up to k candidates, re-scoring after each pick so covered tags, clauses and types count less. */
function chooseMatches(candidates: Candidate[], profile: MatchProfile, k: number): Pick[] {
  const picks: Pick[] = [];
  const covered: Covered = { tags: new Set(), clauses: new Set(), types: new Map() };
  const remaining = [...candidates];
  while (picks.length < k && remaining.length > 0) {
    let best = 0;
    let bestScore = -Infinity;
    for (let i = 0; i < remaining.length; i += 1) {
      const score = scoreOf(remaining[i], profile, covered);
      // The stable tie break: among equal scores the lowest rank (resource id) wins.
      if (score > bestScore || (score === bestScore && remaining[i].entry.rank < remaining[best].entry.rank)) {
        best = i;
        bestScore = score;
      }
    }
    const [chosen] = remaining.splice(best, 1);
    const reason = reasonOf(chosen, covered);
    // The library may hold one link twice under two ids: one email never carries it twice.
    for (let i = remaining.length - 1; i >= 0; i -= 1) if (remaining[i].entry.urlKey === chosen.entry.urlKey) remaining.splice(i, 1);
    for (const c of chosen.contributions) covered.tags.add(c.tag);
    covered.clauses.add(reason.clause.order);
    covered.types.set(chosen.entry.typeKey, (covered.types.get(chosen.entry.typeKey) ?? 0) + 1);
    picks.push(toPick(chosen.entry, matchReason(reason.clause, extrasFor(chosen.entry, profile)), false));
  }
  return picks;
}

/** Tops up (`taken`: links already in the email) with unsent resources of the student's preferred types first (taking turns between types), then any, by id. */
function generalPicks(studentId: string, profile: MatchProfile, index: LibraryIndex, taken: Set<string>, wanted: number): Pick[] {
  const picks: Pick[] = [];
  const lists = [...profile.types].map((type) => index.byType.get(type) ?? []).filter((list) => list.length > 0);
  lists.push(index.resources);
  const positions = lists.map(() => 0);
  const received = index.receivedBy(studentId);
  let turn = 0;
  while (picks.length < wanted && lists.length > 0) {
    const i = turn % lists.length;
    const list = lists[i];
    const entry = list[positions[i]];
    positions[i] += 1;
    if (entry === undefined) {
      lists.splice(i, 1);
      positions.splice(i, 1);
      continue;
    }
    if (taken.has(entry.urlKey) || wasReceived(received, entry)) continue;
    taken.add(entry.urlKey);
    picks.push(toPick(entry, generalReason(extrasFor(entry, profile)), true));
    turn += 1;
  }
  return picks;
}

function skip(studentId: string, code: Extract<StudentPlan, { skipped: true }>['code'], reason: string): StudentPlan {
  return { studentId, skipped: true, code, reason };
}

export function picksPerEmailOf(options: PlanOptions): number {
  const k = Math.floor(Number(options.picksPerEmail ?? DEFAULT_PICKS_PER_EMAIL));
  return Number.isFinite(k) ? Math.min(Math.max(k, 1), MAX_PICKS_PER_EMAIL) : DEFAULT_PICKS_PER_EMAIL;
}

/** Why a student would get no email whatever the library holds, or null. */
export function ineligibility(student: MatchStudent): StudentPlan | null {
  if (student.optOut) return skip(student.id, 'opted-out', 'opted out of these emails');
  if (student.emailUsable === false) {
    const email = (student.email ?? '').trim();
    return skip(student.id, 'no-email', email ? `"${email}" is not a usable email address (malformed, or the same as another student's)` : 'no email address');
  }
  if (!student.id) return skip(student.id, 'no-id', 'no ID yet: open the Rapport sidebar once and it assigns one');
  return null;
}

/** Plans one student against a prepared index (see planPicks). */
export function planStudent(student: MatchStudent, index: LibraryIndex, options: PlanOptions): StudentPlan {
  const ineligible = ineligibility(student);
  if (ineligible) return ineligible;
  const k = picksPerEmailOf(options);
  const profile = matchProfile(student, index.stemmer, index.maxTagWords);
  if (profile.clauses.length === 0 && !options.fillWithGeneral) {
    return skip(student.id, 'no-profile', 'no interests, career path or goals to match yet');
  }
  const picks = chooseMatches(candidatesFor(student.id, profile, index), profile, k);
  if (picks.length < k && options.fillWithGeneral) {
    picks.push(...generalPicks(student.id, profile, index, new Set(picks.map((p) => p.url.toLowerCase())), k - picks.length));
  }
  if (picks.length === 0) return skip(student.id, 'nothing-new', NOTHING_NEW);
  return { studentId: student.id, skipped: false, picks };
}

/**
 * For each student (in the order given), up to K resources they were never sent, best fit first,
 * each with a reason; or a skip with its reason. The same inputs always give the same plan.
 */
export function planPicks(students: readonly MatchStudent[], resources: readonly MatchResource[], sentLog: readonly SentRecord[], options: PlanOptions = {}): StudentPlan[] {
  const index = buildLibraryIndex(resources, sentLog, options.sentStatuses);
  return students.map((student) => planStudent(student, index, options));
}
