// Browser tests: Sidebar.html and the emails load nothing from the web, read with Chromium's own HTML and CSS parsers, and the real sidebar asks nothing of any server but its own while it is used.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { selectRow } from '../../src/local/cli/selection';
import { scanScript } from '../helpers/script-scan';
import { ok, sendingClass, sendNow } from '../server/sending-fixture';
import { setUpBrowserTests, openIsolatedPage } from './harness';
import { demoStudents, openLocalSidebar } from './local-sidebar';

const browser = setUpBrowserTests();

interface HtmlScan {
  /** Every attribute, CSS rule or declaration that would fetch a URL. */
  loads: string[];
  /** The text of each inline script; `src` on a script is a load. */
  scripts: string[];
  /** Where each link (`<a href>`) goes: followed by the reader, never loaded. */
  links: string[];
}

/**
 * Runs in the page: parses an HTML document with DOMParser (nothing runs, nothing loads) and
 * reads its CSS with the page's CSS parser, then lists what would fetch a URL. An `<a href>` is a
 * link the reader may follow, not a load; a `data:` URL is inline.
 */
function scanHtmlInPage(html: string): HtmlScan {
  const URL_ATTRIBUTES = ['src', 'srcset', 'href', 'xlink:href', 'poster', 'data', 'background', 'action', 'formaction', 'ping', 'manifest', 'imagesrcset', 'codebase', 'archive', 'lowsrc', 'longdesc'];
  const loads: string[] = [];
  const remoteUrl = (value: string) => /url\(\s*["']?(?!data:)[^)]/i.test(value);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const element of Array.from(doc.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      const isLink = name === 'href' && (element.localName === 'a' || element.localName === 'area');
      if (URL_ATTRIBUTES.includes(name) && !isLink && !attribute.value.startsWith('data:')) loads.push(`<${element.localName} ${name}="${attribute.value}">`);
      if (name === 'http-equiv' && /refresh/i.test(attribute.value)) loads.push('<meta http-equiv="refresh">');
    }
    const style = (element as HTMLElement).style;
    if (style) for (const property of Array.from(style)) if (remoteUrl(style.getPropertyValue(property))) loads.push(`style="${property}: ${style.getPropertyValue(property)}"`);
  }
  // Each <style> through the page's CSS parser: @import, @font-face and every declaration's url().
  const visit = (rules: CSSRuleList) => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSImportRule) loads.push(`@import ${rule.href}`);
      const declarations = (rule as CSSStyleRule).style;
      if (declarations) for (const property of Array.from(declarations)) if (remoteUrl(declarations.getPropertyValue(property))) loads.push(`${property}: ${declarations.getPropertyValue(property)}`);
      if ((rule as CSSGroupingRule).cssRules) visit((rule as CSSGroupingRule).cssRules);
    }
  };
  for (const styleElement of Array.from(doc.querySelectorAll('style'))) {
    const holder = document.createElement('style');
    holder.textContent = styleElement.textContent;
    document.head.appendChild(holder);
    visit(holder.sheet!.cssRules);
    holder.remove();
  }
  return {
    loads,
    scripts: Array.from(doc.querySelectorAll('script')).map((script) => script.textContent ?? ''),
    links: Array.from(doc.querySelectorAll('a[href]')).map((link) => link.getAttribute('href')!),
  };
}

async function scanHtml(page: Page, html: string): Promise<HtmlScan> {
  return page.evaluate(scanHtmlInPage, html);
}

/** Browser APIs that fetch, and tags that load their `src`/`href`. */
const FETCHING_GLOBALS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'importScripts', 'Worker', 'SharedWorker', 'Image'];
const LOADING_TAGS = new Set(['img', 'script', 'link', 'iframe', 'frame', 'object', 'embed', 'video', 'audio', 'source', 'track', 'image', 'use']);
const LOADING_PROPS = new Set(['src', 'srcset', 'href', 'poster', 'data', 'xlinkHref']);

/** What the sidebar's own script does that could fetch or run fetched code. */
function scriptViolations(source: string): string[] {
  const scan = scanScript(source);
  const found = FETCHING_GLOBALS.filter((name) => scan.identifiers.has(name));
  if (scan.properties.has('sendBeacon')) found.push('sendBeacon');
  if (scan.dynamicImports > 0) found.push('import()');
  for (const name of ['eval', 'Function']) if (scan.callees.has(name)) found.push(`${name}(...)`);
  for (const { tag, props } of scan.elements) {
    if (!LOADING_TAGS.has(tag)) continue;
    if (props === null) found.push(`<${tag} {...unknown props}>`);
    else for (const prop of props) if (LOADING_PROPS.has(prop)) found.push(`<${tag} ${prop}>`);
  }
  return found;
}

async function blankPage() {
  const opened = await openIsolatedPage(browser());
  await opened.page.route('**/*', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!DOCTYPE html><title>blank</title>' }));
  await opened.page.goto('https://blank.rapport.test/');
  return opened;
}

describe('dist/Sidebar.html', () => {
  const html = readFileSync(join(__dirname, '..', '..', 'dist', 'Sidebar.html'), 'utf8');

  test('has no element, attribute or CSS rule that loads a URL, and one inline script that fetches nothing', async () => {
    const { page, context } = await blankPage();
    const scan = await scanHtml(page, html);
    await context.close();
    expect(scan.loads).toEqual([]);
    expect(scan.scripts).toHaveLength(1);
    expect(scriptViolations(scan.scripts[0])).toEqual([]);
  });

  test('the checks see what would load: tags, styles, CSS and script', async () => {
    const { page, context } = await blankPage();
    const hostile = `<html><head><link rel="stylesheet" href="https://cdn.example/x.css"><style>@import "https://cdn.example/y.css"; @media screen { body { background: u\\72l(https://t.example/p.gif) } } @font-face { font-family: F; src: url(//fonts.example/f.woff2) }</style></head>
      <body><img src="https://t.example/pixel.gif"><div style="background-image: url('https://t.example/b.png')"></div><a href="https://example.org/ok">a link</a><img src="data:image/gif;base64,R0lGOD"><script src="https://cdn.example/s.js"></script></body></html>`;
    const scan = await scanHtml(page, hostile);
    await context.close();
    expect(scan.loads).toEqual([
      '<link href="https://cdn.example/x.css">',
      '<img src="https://t.example/pixel.gif">',
      expect.stringContaining('background-image'),
      '<script src="https://cdn.example/s.js">',
      '@import https://cdn.example/y.css',
      expect.stringMatching(/^background-image: url\("https:\/\/t\.example\/p\.gif"\)/),
      expect.stringMatching(/^src: url\("\/\/fonts\.example\/f\.woff2"\)/),
    ]);
    const script = 'fetch("/x"); navigator.sendBeacon("/b"); new Image().src = "x"; h("img", { src: u }); h("iframe", { srcDoc: s, sandbox: "" }); h("img", { ...p }); import("x"); window.eval("1")';
    expect(scriptViolations(script).sort()).toEqual(['<img src>', '<img {...unknown props}>', 'Image', 'eval(...)', 'fetch', 'import()', 'sendBeacon'].sort());
  });
});

describe('the emails of a sending cycle', () => {
  test('carry no image, pixel, remote style or script: links only', async () => {
    const runtime = sendingClass(5);
    ok(sendNow(runtime));
    const emails = runtime.state.mail.outbox.filter((mail) => mail.htmlBody);
    expect(emails.length).toBeGreaterThanOrEqual(5);
    const { page, context } = await blankPage();
    const links: string[] = [];
    for (const email of emails) {
      const scan = await scanHtml(page, email.htmlBody!);
      expect({ to: email.to, loads: scan.loads, scripts: scan.scripts }).toEqual({ to: email.to, loads: [], scripts: [] });
      links.push(...scan.links);
    }
    await context.close();
    expect(links).toContain('https://example.org/robot');
  });
});

describe('the real sidebar in use', () => {
  test('requests nothing but its own page and its server calls while every tab is opened', async () => {
    const sidebar = await openLocalSidebar(browser());
    const requests: string[] = [];
    try {
      sidebar.page.context().on('request', (request) => requests.push(request.url()));
      const [first] = demoStudents(sidebar.runtime);
      selectRow(sidebar.runtime.state, 'Students', first.row);
      await sidebar.page.goto(sidebar.sidebarUrl);
      await sidebar.page.locator('#student-card-heading').waitFor();
      for (const name of ['Class', 'Resources', 'Survey', 'Email', 'Student']) {
        await sidebar.page.getByRole('tab', { name }).click();
        // The Email tab previews the selected student's email in a frame: its HTML is rendered, so anything it loaded would show here.
        if (name === 'Email') await sidebar.page.locator('iframe.email-frame').waitFor();
        // The sidebar polls the selection, so the network is never idle: give each tab's calls time to finish.
        await sidebar.page.waitForTimeout(750);
      }
    } finally {
      await sidebar.close();
    }
    const origin = new URL(sidebar.sidebarUrl).origin;
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(`${origin}/api/`) && url !== sidebar.sidebarUrl)).toEqual([]);
  });
});
