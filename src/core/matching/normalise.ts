// Tag and profile text reduced to comparable keys: case, accents, punctuation, plurals and word forms (Porter stemmer).
import { stemmer } from 'stemmer';

/**
 * Words that carry no topic ("I want to learn about the…"): dropped from tags and profile text
 * alike, so "find a summer internship" meets the tag "summer internships".
 */
const STOPWORDS = new Set(
  'a an the and or but of in on at to for with about from by into as so i me my we our you your it its is am are be been was were will would want like really very more some any how what which that this these those do does get got also just thing things lot lots etc'.split(' '),
);

/** The longest tag, in words, that Rapport looks for inside a student's text. */
export const MAX_TAG_WORDS = 5;

/** Stems are memoised per run: the same few thousand words recur across every student and tag. */
export class Stemmer {
  private readonly cache = new Map<string, string>();

  /** The text's topic words, stemmed, in order: "Composting & Robots!" → ["compost", "robot"]. */
  words(text: string): string[] {
    const out: string[] = [];
    const folded = text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
    for (const word of folded.split(/[^\p{L}\p{N}]+/u)) {
      if (!word || STOPWORDS.has(word)) continue;
      let stem = this.cache.get(word);
      if (stem === undefined) {
        stem = stemmer(word);
        this.cache.set(word, stem);
      }
      out.push(stem);
    }
    return out;
  }

  /** One key for a whole phrase (a tag, an interest, a type): '' when it has no topic words. */
  key(text: string): string {
    return this.words(text).join(' ');
  }

  /** Every run of 1..maxWords consecutive topic words of the text, as keys: the phrases a tag may match. */
  phrases(text: string, maxWords: number): string[] {
    const words = this.words(text);
    const out: string[] = [];
    for (let start = 0; start < words.length; start += 1) {
      let phrase = '';
      for (let end = start; end < words.length && end - start < maxWords; end += 1) {
        phrase = phrase ? `${phrase} ${words[end]}` : words[end];
        out.push(phrase);
      }
    }
    return out;
  }
}
