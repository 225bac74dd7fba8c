// The email settings: the default template, and checking what the teacher saves (every fault named, nothing stored until all pass).
import type { Problem, Result } from '../vocabulary';
import type { EmailSettings, EmailSettingsInput, TeacherNews } from './types';
import { DEFAULT_PICKS_PER_EMAIL, MAX_PICKS_PER_EMAIL } from '../matching/types';
import { BLOCKS } from './placeholders';
import { blocksOf, parseTemplate } from './template';

/** With no edits this already names the student, lists the picks with reasons, carries the survey link and the footer. */
export const DEFAULT_EMAIL_SETTINGS: EmailSettings = {
  subject: '{{First name}}, a few things I picked for you',
  body: [
    'Hi {{First name}},',
    '',
    'I came across a few things I think you will like, chosen from what you told me:',
    '',
    '{{Resources}}',
    '',
    '{{News}}',
    '',
    '{{Survey link}}',
    '',
    'See you in class!',
  ].join('\n'),
  news: { professional: '', profound: '', personal: '' },
  picksPerEmail: DEFAULT_PICKS_PER_EMAIL,
  fillWithGeneral: false,
};

const MAX_SUBJECT = 250;
const MAX_BODY = 20_000;
const MAX_NEWS = 1_000;
const NEWS_FIELDS: [keyof TeacherNews, string][] = [
  ['professional', 'Something professional'],
  ['profound', 'Something profound'],
  ['personal', 'Something personal'],
];

function text(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}

function tooLong(column: string, value: string, max: number, problems: Problem[]): void {
  if (value.length > max) problems.push({ column, message: `${column} is ${value.length.toLocaleString('en-US')} characters; at most ${max.toLocaleString('en-US')} fit.` });
}

/** Checks what the teacher saves: an empty subject, a placeholder that is unknown or private, a body without the picks, news with nowhere to go. */
export function validateEmailSettings(input: EmailSettingsInput): Result<EmailSettings> {
  const problems: Problem[] = [];
  const subject = text(input?.subject).trim();
  const body = text(input?.body).replace(/\s+$/, '');
  const news: TeacherNews = { professional: '', profound: '', personal: '' };
  for (const [key, label] of NEWS_FIELDS) {
    news[key] = text(input?.news?.[key]).trim();
    tooLong(label, news[key], MAX_NEWS, problems);
  }
  if (!subject) problems.push({ column: 'Subject', message: 'Give the email a subject.' });
  else {
    tooLong('Subject', subject, MAX_SUBJECT, problems);
    const parsed = parseTemplate('Subject', subject);
    if (!parsed.ok) problems.push(...parsed.problems);
  }
  if (!body.trim()) problems.push({ column: 'Body', message: `Write the body of the email; it needs at least {{${BLOCKS.resources}}}.` });
  else {
    tooLong('Body', body, MAX_BODY, problems);
    const parsed = parseTemplate('Body', body);
    if (!parsed.ok) problems.push(...parsed.problems);
    else {
      const blocks = blocksOf(parsed.value);
      if (!blocks.has('resources')) problems.push({ column: 'Body', message: `The body has no {{${BLOCKS.resources}}} line, so the picked resources would not be in the email.` });
      if (!blocks.has('news') && NEWS_FIELDS.some(([key]) => news[key])) {
        problems.push({ column: 'Body', message: `Your news would not be in the email: add a {{${BLOCKS.news}}} line to the body, or clear the news.` });
      }
    }
  }
  const k = input?.picksPerEmail ?? DEFAULT_PICKS_PER_EMAIL;
  if (!Number.isInteger(k) || k < 1 || k > MAX_PICKS_PER_EMAIL) {
    problems.push({ column: 'Resources per email', message: `Resources per email must be a whole number from 1 to ${MAX_PICKS_PER_EMAIL}.` });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { subject, body, news, picksPerEmail: k, fillWithGeneral: input?.fillWithGeneral === true } };
}
