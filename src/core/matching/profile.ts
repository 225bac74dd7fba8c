// A student's profile as matching sees it: the clauses they wrote (interests, career path, goals, why this class and subject) and their preferences.
import { RESOURCE_LEVELS } from '../vocabulary';
import type { Stemmer } from './normalise';
import type { MatchStudent } from './types';

export type ClauseKind = 'interest' | 'career' | 'goal' | 'whyThisClass' | 'whyThisSubject';

/** Where a tag met the student: one interest, or one clause of their career path, goals or survey answers. */
export interface Clause {
  kind: ClauseKind;
  /** The student's own words, trimmed, for the reason. */
  text: string;
  /** Phrase keys found in it (see Stemmer.phrases). */
  phrases: string[];
  weight: number;
  /** Order among the student's clauses: earlier wins a tie between reasons. */
  order: number;
}

/** An interest or a career named outright is the strongest signal; a goal or a story counts too. */
const WEIGHTS: Record<ClauseKind, number> = { interest: 3, career: 3, goal: 2, whyThisClass: 2, whyThisSubject: 2 };

/** Words that say which level a student asked for (stemmed), e.g. "I'd like a challenge", "extra support". */
const LEVEL_WORDS: Record<string, readonly string[]> = {
  intro: ['intro', 'introduct', 'introductori', 'beginn', 'basic'],
  enrichment: ['enrich', 'deeper', 'depth'],
  challenge: ['challeng', 'advanc', 'harder'],
  support: ['support', 'struggl', 'catch'],
};

export interface MatchProfile {
  clauses: Clause[];
  /** Normalised preferred resource types. */
  types: Set<string>;
  /** Levels the student's words ask for. */
  levels: Set<string>;
}

/** Splits free text into clauses a reason can quote: sentences, and the items of a list. */
function clausesOf(text: string, splitter: RegExp): string[] {
  return text
    .split(splitter)
    .map((part) => part.trim())
    .filter(Boolean);
}

export function matchProfile(student: MatchStudent, stemmer: Stemmer, maxWords: number): MatchProfile {
  const clauses: Clause[] = [];
  const add = (kind: ClauseKind, texts: readonly string[]) => {
    for (const text of texts) {
      const phrases = stemmer.phrases(text, maxWords);
      if (phrases.length > 0) clauses.push({ kind, text, phrases, weight: WEIGHTS[kind], order: clauses.length });
    }
  };
  add('interest', student.interests);
  add('career', clausesOf(student.careerPath, /[,;/\n]|\bor\b|\band\b/i));
  add('goal', clausesOf(student.goals, /[.!?;\n]+/));
  add('whyThisClass', clausesOf(student.whyThisClass ?? '', /[.!?;\n]+/));
  add('whyThisSubject', clausesOf(student.whyThisSubject ?? '', /[.!?;\n]+/));
  const types = new Set(student.preferredTypes.map((t) => stemmer.key(t)).filter(Boolean));
  const asked = new Set(stemmer.words(`${student.preferredTypes.join(' ')} ${student.howWeCanHelp ?? ''} ${student.goals}`));
  const levels = new Set(RESOURCE_LEVELS.filter((level) => LEVEL_WORDS[level].some((word) => asked.has(word))));
  return { clauses, types, levels };
}
