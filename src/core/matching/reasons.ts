// Why a resource was picked, in the student's own words where possible.
import { cutText } from '../text-cut';
import type { Clause } from './profile';

/** A quoted clause longer than this is cut at a word, so a long goal does not swamp the email. */
const MAX_QUOTE = 80;

function shortened(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_QUOTE) return flat;
  const cut = cutText(flat, MAX_QUOTE);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_QUOTE / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** A sentence's capital ("Find a summer internship") reads wrong mid-sentence; an acronym ("NASA") keeps its case. */
function midSentence(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

function mainReason(clause: Clause): string {
  const words = shortened(clause.kind === 'interest' || clause.kind === 'career' ? clause.text : midSentence(clause.text));
  switch (clause.kind) {
    case 'interest':
      return `because you said you're interested in ${words}`;
    case 'career':
      return `for your career idea: ${words}`;
    case 'goal':
      return `for your goal: ${words}`;
    case 'whyThisClass':
      return `because of what brought you to this class: ${words}`;
    case 'whyThisSubject':
      return `because of why this subject interests you: ${words}`;
  }
}

/** The article a type takes in "it's a video", "it's an article". */
function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}

export interface ReasonExtras {
  /** The resource's type, when the student said that kind helps them. */
  preferredType?: string;
  /** The resource's level, when the student asked for it. */
  askedLevel?: string;
}

function extras({ preferredType, askedLevel }: ReasonExtras): string {
  const parts: string[] = [];
  if (preferredType) parts.push(`it's ${withArticle(preferredType)}, a kind you said helps you`);
  if (askedLevel) parts.push(`it's at the ${askedLevel} level you asked for`);
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

/** "because you said you're interested in composting (it's a video, a kind you said helps you)". */
export function matchReason(clause: Clause, extra: ReasonExtras): string {
  return mainReason(clause) + extras(extra);
}

/** A top-up from the library when too little matched: said plainly, not dressed up as a match. */
export function generalReason(extra: ReasonExtras): string {
  return `a general pick from your teacher's library${extras(extra)}`;
}

export const NOTHING_NEW = 'nothing new matches';
