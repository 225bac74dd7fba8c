// Where the library falls short: interests and career paths with nothing new to send, and the students the next cycle would skip.
import { buildLibraryIndex, wasReceived, type LibraryIndex } from './library-index';
import { matchProfile, type Clause } from './profile';
import { planStudent } from './plan';
import type { MatchResource, MatchStudent, PlanOptions, SentRecord } from './types';

export interface TopicGap {
  /** As the first student to name it wrote it. */
  label: string;
  kind: 'interest' | 'career';
  /** Students who named it and have nothing unsent on it. */
  students: number;
  /** Sendable resources on it at all: 0 means the library has none, more means every one was already sent. */
  resources: number;
}

export interface SkippedStudent {
  studentId: string;
  name: string;
  reason: string;
}

export interface LibraryGaps {
  topics: TopicGap[];
  skipped: SkippedStudent[];
}

/** Sendable resources whose tags occur in the clause, and whether any is unsent to the student. */
function coverage(studentId: string, clause: Clause, index: LibraryIndex): { resources: number; unsent: boolean } {
  const seen = new Set<number>();
  const received = index.receivedBy(studentId);
  let unsent = false;
  for (const phrase of clause.phrases) {
    for (const entry of index.byTag.get(phrase) ?? []) {
      if (seen.has(entry.rank)) continue;
      seen.add(entry.rank);
      if (!unsent && !wasReceived(received, entry)) unsent = true;
    }
  }
  return { resources: seen.size, unsent };
}

/**
 * The library's gaps from the same index the planner uses. Students who opted out or cannot be
 * emailed do not count towards a topic, but are listed among the skipped with their reason.
 */
export function libraryGaps(students: readonly MatchStudent[], resources: readonly MatchResource[], sentLog: readonly SentRecord[], options: PlanOptions = {}): LibraryGaps {
  const index = buildLibraryIndex(resources, sentLog, options.sentStatuses);
  const topics = new Map<string, TopicGap>();
  const skipped: SkippedStudent[] = [];
  for (const student of students) {
    const plan = planStudent(student, index, options);
    if (plan.skipped) skipped.push({ studentId: student.id, name: student.name ?? student.id, reason: plan.reason });
    if (plan.skipped && plan.code !== 'nothing-new' && plan.code !== 'no-profile') continue;
    const counted = new Set<string>();
    for (const clause of matchProfile(student, index.stemmer, index.maxTagWords).clauses) {
      if (clause.kind !== 'interest' && clause.kind !== 'career') continue;
      const key = `${clause.kind}:${index.stemmer.key(clause.text)}`;
      if (counted.has(key)) continue;
      const { resources: count, unsent } = coverage(student.id, clause, index);
      if (unsent) continue;
      counted.add(key);
      const gap = topics.get(key);
      if (gap) gap.students += 1;
      else topics.set(key, { label: clause.text, kind: clause.kind, students: 1, resources: count });
    }
  }
  const sorted = [...topics.values()].sort((a, b) => b.students - a.students || a.label.localeCompare(b.label, 'en'));
  return { topics: sorted, skipped };
}
