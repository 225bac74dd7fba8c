// Renders emails' HTML in real Chromium, many per page, watching dialogs, console, page errors and every request: any script run or remote load is a finding.
import type { Browser } from 'playwright-core';

export interface EmailToRender {
  /** Who it went to (and why), for findings. */
  label: string;
  htmlBody: string;
  /** A value the email must show as text (a hostile profile value as the email prints it), when one is known. */
  shows?: string;
}

export interface RenderReport {
  rendered: number;
  pages: number;
  findings: string[];
}

/** Only Rapport's own markup may reach the DOM (src/core/email/blocks.ts and render.ts write nothing else). */
const ALLOWED_TAGS = ['SECTION', 'DIV', 'P', 'BR', 'UL', 'LI', 'A', 'SPAN', 'STRONG'];
const ALLOWED_ATTRIBUTES = ['style', 'href', 'data-email'];

/** How the HTML parser stores text: line breaks normalised to \n ("preprocessing the input stream"), NUL dropped (the "in body" insertion mode ignores it). */
function asParsed(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\0/g, '');
}

/** What each rendered email holds, read from the DOM in the page. */
interface EmailDom {
  tags: string[];
  attributes: string[];
  hrefs: string[];
  text: string;
}

/** Runs in the page (a string: the test tsconfig has no DOM types): each section's elements, attributes, links and text. */
const READ_SECTIONS = `[...document.querySelectorAll('body > section')].map((section) => {
  const elements = [section, ...section.querySelectorAll('*')];
  return {
    tags: elements.map((e) => e.tagName),
    attributes: elements.flatMap((e) => e.getAttributeNames()),
    hrefs: [...section.querySelectorAll('a')].map((a) => a.getAttribute('href') || ''),
    text: section.textContent || '',
  };
})`;

/**
 * Renders `emails` `perPage` at a time, each in a <section> of one page, with JavaScript on (so a
 * script that slipped through would run and be seen): a dialog, console message, page error,
 * request other than data:/about: (aborted, never sent), navigation away, element or attribute
 * Rapport does not write, a link that is not https, or a value missing from the email's text is a finding.
 */
export async function renderEmails(browser: Browser, emails: readonly EmailToRender[], perPage = 100): Promise<RenderReport> {
  const findings: string[] = [];
  let pages = 0;
  for (let start = 0; start < emails.length; start += perPage) {
    const batch = emails.slice(start, start + perPage);
    const context = await browser.newContext();
    try {
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (/^(data|about):/.test(url)) return route.continue();
        findings.push(`request to ${url.slice(0, 120)} (pages ${start}..)`);
        return route.abort();
      });
      const page = await context.newPage();
      pages += 1;
      page.on('dialog', (dialog) => {
        findings.push(`dialog "${dialog.message()}" (pages ${start}..)`);
        void dialog.dismiss();
      });
      page.on('console', (message) => findings.push(`console ${message.type()}: ${message.text().slice(0, 120)}`));
      page.on('pageerror', (error) => findings.push(`page error: ${error.message.slice(0, 120)}`));
      page.on('request', (request) => {
        if (!/^(data|about):/.test(request.url())) findings.push(`request seen: ${request.url().slice(0, 120)}`);
      });
      const html = `<!doctype html><html><head><meta charset="utf-8"></head><body>${batch.map((email, i) => `<section data-email="${i}">${email.htmlBody}</section>`).join('')}</body></html>`;
      await page.setContent(html, { waitUntil: 'load' });
      // Give timers, refreshes and lazy loads a moment to show themselves.
      await page.waitForTimeout(150);
      if (page.url() !== 'about:blank') findings.push(`the page navigated to ${page.url()}`);
      const doms = (await page.evaluate(READ_SECTIONS)) as EmailDom[];
      if (doms.length !== batch.length) findings.push(`${batch.length} emails made ${doms.length} sections: one email's markup broke out of its own (pages ${start}..)`);
      doms.forEach((dom, i) => findings.push(...domFindings(batch[i], dom)));
    } finally {
      await context.close();
    }
  }
  return { rendered: emails.length, pages, findings };
}

function domFindings(email: EmailToRender | undefined, dom: EmailDom): string[] {
  if (!email) return [];
  const found: string[] = [];
  const tags = [...new Set(dom.tags.filter((t) => !ALLOWED_TAGS.includes(t)))];
  if (tags.length > 0) found.push(`${email.label}: elements ${tags.join(', ')}`);
  const attributes = [...new Set(dom.attributes.filter((a) => !ALLOWED_ATTRIBUTES.includes(a)))];
  if (attributes.length > 0) found.push(`${email.label}: attributes ${attributes.join(', ')}`);
  const badLinks = dom.hrefs.filter((href) => !href.startsWith('https://'));
  if (badLinks.length > 0) found.push(`${email.label}: links ${badLinks.map((h) => h.slice(0, 60)).join(', ')}`);
  if (email.shows !== undefined && !dom.text.includes(asParsed(email.shows))) found.push(`${email.label}: does not show ${JSON.stringify(email.shows.slice(0, 60))} as text`);
  return found;
}
