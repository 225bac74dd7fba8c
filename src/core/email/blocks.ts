// The email's fixed parts, in HTML and text: the picks with their reasons, the teacher's news, the survey link and the opt-out footer.
import Mustache from 'mustache';
import type { TeacherNews } from './types';
import { isHttpsUrl } from '../matching/library-index';
import { excerpt } from '../text-cut';

/** What the email shows of a pick. */
export interface EmailPick {
  title: string;
  url: string;
  type?: string;
  reason: string;
}

export interface Block {
  html: string;
  text: string;
}

const EMPTY: Block = { html: '', text: '' };

/** Every student or teacher value goes through this before it meets HTML, attribute values included. */
export const escapeHtml = (value: string): string => Mustache.escape(value);

const PARAGRAPH = 'margin:0 0 1em';

/** "because you said…" as a sentence of its own: "Because you said…." */
function asSentence(reason: string): string {
  const trimmed = reason.trim();
  if (!trimmed) return '';
  const capital = trimmed[0].toUpperCase() + trimmed.slice(1);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}

/** A link only for an https URL; anything else shows as the title alone, never as a link. */
function linkHtml(url: string, label: string): string {
  return isHttpsUrl(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>` : escapeHtml(label);
}

/** A pick's texts as the email shows them: a title, type or reason typed into a 50,000-character cell is cut like a profile value. */
function shown(pick: EmailPick, max: number): EmailPick {
  return { url: pick.url, title: excerpt(pick.title, max), type: pick.type && excerpt(pick.type, max), reason: excerpt(pick.reason, max) };
}

export function picksBlock(allPicks: readonly EmailPick[], maxValue: number): Block {
  if (allPicks.length === 0) return EMPTY;
  const picks = allPicks.map((pick) => shown(pick, maxValue));
  const items = picks.map((pick) => {
    const type = pick.type ? ` <span style="color:#555">(${escapeHtml(pick.type)})</span>` : '';
    const reason = asSentence(pick.reason);
    return `<li style="margin:0 0 .6em">${linkHtml(pick.url, pick.title)}${type}${reason ? `<br>${escapeHtml(reason)}` : ''}</li>`;
  });
  const text = picks.map((pick) => {
    const lines = [`- ${pick.title}${pick.type ? ` (${pick.type})` : ''}`];
    if (isHttpsUrl(pick.url)) lines.push(`  ${pick.url}`);
    const reason = asSentence(pick.reason);
    if (reason) lines.push(`  ${reason}`);
    return lines.join('\n');
  });
  return { html: `<ul style="${PARAGRAPH};padding-left:1.2em">${items.join('')}</ul>`, text: text.join('\n') };
}

const NEWS_LABELS: [keyof TeacherNews, string][] = [
  ['professional', 'In my work'],
  ['profound', "Something I've been thinking about"],
  ['personal', 'In my life'],
];

/** Saved news is checked to fit `maxValue` already; the cut keeps an unchecked value from failing the send. */
export function newsBlock(news: TeacherNews | undefined, maxValue: number): Block {
  const items = NEWS_LABELS.map(([key, label]) => [label, excerpt((news?.[key] ?? '').trim(), maxValue)] as const).filter(([, value]) => value !== '');
  if (items.length === 0) return EMPTY;
  return {
    html: items.map(([label, value]) => `<p style="${PARAGRAPH}"><strong>${escapeHtml(label)}:</strong> ${escapeHtml(value)}</p>`).join(''),
    text: items.map(([label, value]) => `${label}: ${value}`).join('\n\n'),
  };
}

/** Left out entirely without a survey (or with a link that is not https). */
export function surveyBlock(surveyUrl: string | undefined): Block {
  if (!surveyUrl || !isHttpsUrl(surveyUrl)) return EMPTY;
  return {
    html: `<p style="${PARAGRAPH}">Tell me what you're into now: ${linkHtml(surveyUrl, 'update your interests')} (it takes two minutes).</p>`,
    text: `Tell me what you're into now (it takes two minutes): ${surveyUrl}`,
  };
}

/** How to stop these emails: the survey's "Email me resources" answer when there is a survey, or asking the teacher. */
export function footerBlock(surveyUrl: string | undefined): Block {
  const survey = surveyUrl && isHttpsUrl(surveyUrl);
  const html = survey
    ? `To stop these emails, answer "No" to "Email me resources every few weeks" in ${linkHtml(surveyUrl, 'the survey')}, or just tell me and I'll turn them off.`
    : `To stop these emails, just tell me and I'll turn them off.`;
  const text = survey
    ? `To stop these emails, answer "No" to "Email me resources every few weeks" in the survey (${surveyUrl}), or just tell me and I'll turn them off.`
    : `To stop these emails, just tell me and I'll turn them off.`;
  return {
    html: `<p style="margin:1.5em 0 0;padding-top:.6em;border-top:1px solid #ddd;font-size:12px;color:#555">You get these emails because you're in my class. ${html}</p>`,
    text: `--\nYou get these emails because you're in my class. ${text}`,
  };
}
