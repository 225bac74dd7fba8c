// An email template checked and parsed with mustache: line by line, each placeholder resolved, every fault a Problem naming it.
import Mustache from 'mustache';
import type { Problem, Result } from '../vocabulary';
import { BLOCKS, placeholderList, resolvePlaceholder, type BlockKey } from './placeholders';

/** A line of the template: a block standing alone, or text with profile fields. */
export type TemplateLine =
  | { kind: 'block'; block: BlockKey }
  | { kind: 'text'; tokens: Mustache.TemplateSpans; blank: boolean };

export type TemplatePart = 'Subject' | 'Body';

function at(part: TemplatePart, message: string): Problem {
  return { column: part, message };
}

/** The tag as the teacher typed it, for messages: `{{#x}}`, `{{{x}}}`. */
function typed(type: string, name: string): string {
  if (type === '&') return `{{{${name}}}}`;
  return `{{${type === 'name' ? '' : type}${name}}}`;
}

function checkName(part: TemplatePart, name: string, problems: Problem[]): void {
  const placeholder = resolvePlaceholder(name);
  if (placeholder.kind === 'refused') {
    problems.push(at(part, placeholder.visibility === 'private'
      ? `{{${name}}} is a private column: private columns never go in an email.`
      : `{{${name}}} is Rapport's bookkeeping, not part of the student's profile, so it cannot go in an email.`));
  } else if (placeholder.kind === 'unknown') {
    problems.push(at(part, `{{${name}}} is not a column of the Students tab. You can use ${placeholderList().join(', ')}.`));
  }
}

/** One line's tokens, or its problems; mustache's own syntax (sections, partials, triple braces) is refused by name. */
function parseLine(part: TemplatePart, line: string, number: number, problems: Problem[]): TemplateLine | null {
  let tokens: Mustache.TemplateSpans;
  try {
    tokens = Mustache.parse(line);
  } catch {
    problems.push(at(part, `${part === 'Body' ? `Line ${number} of the body` : 'The subject'} has a "{{" or "}}" that does not pair up; write placeholders like {{First name}}.`));
    return null;
  }
  const tags = tokens.filter((t) => t[0] !== 'text');
  for (const [type, name] of tags) {
    if (type === 'name') checkName(part, name, problems);
    else problems.push(at(part, `${typed(type, name)} is not a placeholder: write placeholders with two braces, like {{First name}}.`));
  }
  const blockTags = tags.filter(([type, name]) => type === 'name' && resolvePlaceholder(name).kind === 'block');
  for (const [, name] of blockTags) {
    const placeholder = resolvePlaceholder(name);
    if (placeholder.kind !== 'block') continue;
    const label = `{{${BLOCKS[placeholder.block]}}}`;
    if (part === 'Subject') problems.push(at(part, `${label} can only go in the body, on a line of its own.`));
    else if (tags.length > 1 || tokens.some((t) => t[0] === 'text' && t[1].trim() !== '')) problems.push(at(part, `Put ${label} on a line of its own (line ${number}).`));
    else return { kind: 'block', block: placeholder.block };
  }
  return { kind: 'text', tokens, blank: line.trim() === '' };
}

/** Parses the subject (one line: line breaks become spaces) or the body, line by line. */
export function parseTemplate(part: TemplatePart, text: string): Result<TemplateLine[]> {
  const problems: Problem[] = [];
  const lines = part === 'Subject' ? [text.replace(/[\r\n]+/g, ' ')] : text.split(/\r\n|\r|\n/);
  const parsed = lines.map((line, i) => parseLine(part, line, i + 1, problems));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: parsed.filter((line): line is TemplateLine => line !== null) };
}

/** The blocks a parsed body uses. */
export function blocksOf(lines: readonly TemplateLine[]): Set<BlockKey> {
  return new Set(lines.flatMap((line) => (line.kind === 'block' ? [line.block] : [])));
}
