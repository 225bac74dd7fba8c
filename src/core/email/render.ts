// Renders one student's email from a checked template: mustache fills the profile fields (HTML-escaped in the HTML body), Rapport adds the blocks and footer.
import Mustache from 'mustache';
import type { TeacherNews } from './types';
import { footerBlock, newsBlock, picksBlock, surveyBlock, escapeHtml, type Block, type EmailPick } from './blocks';
import { resolvePlaceholder, type BlockKey } from './placeholders';
import { parseTemplate, type TemplateLine } from './template';
import { excerpt } from '../text-cut';

/** MailApp refuses a longer subject ("Argument too large: subject"), so a long value is cut rather than the email lost. */
export const MAX_EMAIL_SUBJECT = 250;
/**
 * A profile value shows at most this much in an email: a sheet cell may hold 50,000 characters, and a
 * few such values, escaped, would pass MailApp's 200 KB body limit and fail the send.
 */
export const MAX_EMAIL_VALUE = 1_000;

export interface EmailTemplate {
  subject: string;
  body: string;
}

export interface RenderedEmail {
  subject: string;
  htmlBody: string;
  body: string;
}

/** A Students column's value as text: lists (interests, types) joined with commas, a long one cut. */
function fieldText(student: object, key: string): string {
  const value = (student as Record<string, unknown>)[key];
  const text = Array.isArray(value) ? value.map(String).join(', ') : value === undefined || value === null ? '' : String(value);
  return excerpt(text, MAX_EMAIL_VALUE);
}

/** The view mustache reads: each placeholder exactly as written in the template → the student's value. */
function viewFor(lines: readonly TemplateLine[], student: object): Record<string, string> {
  const view: Record<string, string> = Object.create(null);
  for (const line of lines) {
    if (line.kind !== 'text') continue;
    for (const [type, name] of line.tokens) {
      const placeholder = type === 'name' ? resolvePlaceholder(name) : null;
      if (placeholder?.kind === 'field') view[name] = fieldText(student, placeholder.key);
    }
  }
  return view;
}

const identity = (value: string): string => value;

/** One line through mustache's own renderer; in HTML the teacher's literal text is escaped as well as the values. */
function renderLine(line: Extract<TemplateLine, { kind: 'text' }>, view: Record<string, string>, html: boolean): string {
  const tokens = html ? line.tokens.map((t) => (t[0] === 'text' ? (['text', escapeHtml(t[1]), t[2], t[3]] as typeof t) : t)) : line.tokens;
  return new Mustache.Writer().renderTokens(tokens as string[][], new Mustache.Context(view), undefined, undefined, { escape: html ? escapeHtml : identity });
}

type Part = { kind: 'paragraph'; html: string[]; text: string[] } | { kind: 'block'; block: Block };

/** Groups lines into paragraphs (a blank line ends one) and blocks; an empty block leaves nothing, not a gap. */
function partsOf(lines: readonly TemplateLine[], view: Record<string, string>, blocks: Record<BlockKey, Block>): Part[] {
  const parts: Part[] = [];
  let paragraph: Extract<Part, { kind: 'paragraph' }> | null = null;
  for (const line of lines) {
    if (line.kind === 'block') {
      paragraph = null;
      if (blocks[line.block].text) parts.push({ kind: 'block', block: blocks[line.block] });
    } else if (line.blank) {
      paragraph = null;
    } else {
      if (!paragraph) {
        paragraph = { kind: 'paragraph', html: [], text: [] };
        parts.push(paragraph);
      }
      paragraph.html.push(renderLine(line, view, true));
      paragraph.text.push(renderLine(line, view, false));
    }
  }
  return parts;
}

function parsed(part: 'Subject' | 'Body', text: string): TemplateLine[] {
  const result = parseTemplate(part, text);
  if (!result.ok) throw new Error(`The email template cannot be used: ${result.problems.map((p) => p.message).join(' ')}`);
  return result.value;
}

/**
 * The email for one student, as it will be sent: subject, HTML body and plain-text body. Every
 * student and teacher value is escaped in the HTML, links are https only, and the opt-out footer
 * always ends it. Throws for a template that validation would refuse (saved templates are checked).
 */
export function renderEmail(template: EmailTemplate, student: object, picks: readonly EmailPick[], news?: TeacherNews, surveyUrl?: string): RenderedEmail {
  const subjectLines = parsed('Subject', template.subject);
  const bodyLines = parsed('Body', template.body);
  const blocks: Record<BlockKey, Block> = { resources: picksBlock(picks, MAX_EMAIL_VALUE), news: newsBlock(news, MAX_EMAIL_VALUE), surveyLink: surveyBlock(surveyUrl) };
  const parts = partsOf(bodyLines, viewFor(bodyLines, student), blocks);
  const footer = footerBlock(surveyUrl);
  const subjectView = viewFor(subjectLines, student);
  const subject = excerpt(subjectLines.map((line) => (line.kind === 'text' ? renderLine(line, subjectView, false) : '')).join('').replace(/\s+/g, ' ').trim(), MAX_EMAIL_SUBJECT);
  const htmlParts = parts.map((p) => (p.kind === 'block' ? p.block.html : `<p style="margin:0 0 1em">${p.html.join('<br>')}</p>`));
  const textParts = parts.map((p) => (p.kind === 'block' ? p.block.text : p.text.join('\n')));
  return {
    subject,
    htmlBody: `<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#222">${htmlParts.join('')}${footer.html}</div>`,
    body: `${[...textParts, footer.text].join('\n\n')}\n`,
  };
}
