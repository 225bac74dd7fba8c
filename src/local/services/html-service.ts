// HtmlService: HTML outputs from the built bundle's .html files or from strings, for sidebars and dialogs.
import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { ServiceContext } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';

/** Apps Script's message for an unknown file: "No HTML file named Index was found." (RayBB/easy-gmail-scheduler#4) [C]. */
export function noHtmlFile(name: string): string {
  return `No HTML file named ${name} was found.`;
}

export const SandboxMode = Object.freeze({ EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' });
export const XFrameOptionsMode = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });

/**
 * Models HtmlOutput: title, size and content. Width and height read 0 until set: the real
 * defaults are not documented [U]. `file` is the project file it came from ('' for a string).
 */
export class LocalHtmlOutput {
  private title = '';
  private width = 0;
  private height = 0;

  constructor(
    private readonly ctx: ServiceContext,
    readonly file: string,
    private content: string,
  ) {}

  private call(method: string): void {
    this.ctx.exec.call(`HtmlService.${method}`);
  }

  setTitle(title: string): this {
    this.call('setTitle');
    this.title = String(title);
    return this;
  }

  getTitle(): string {
    this.call('getTitle');
    return this.title;
  }

  setWidth(width: number): this {
    this.call('setWidth');
    this.width = width;
    return this;
  }

  getWidth(): number {
    this.call('getWidth');
    return this.width;
  }

  setHeight(height: number): this {
    this.call('setHeight');
    this.height = height;
    return this;
  }

  getHeight(): number {
    this.call('getHeight');
    return this.height;
  }

  getContent(): string {
    this.call('getContent');
    return this.content;
  }

  setContent(content: string): this {
    this.call('setContent');
    this.content = String(content);
    return this;
  }

  append(addedContent: string): this {
    this.call('append');
    this.content += String(addedContent);
    return this;
  }

  /** Sandbox modes no longer change anything in Apps Script (IFRAME is the only one left). */
  setSandboxMode(_mode: string): this {
    this.call('setSandboxMode');
    return this;
  }

  setXFrameOptionsMode(_mode: string): this {
    this.call('setXFrameOptionsMode');
    return this;
  }

  addMetaTag(_name: string, _content: string): this {
    this.call('addMetaTag');
    return this;
  }

  /** What Ui records when it shows this output, read without counting calls (the Ui call was counted). */
  snapshot(): { title: string; file: string; html: string } {
    return { title: this.title, file: this.file, html: this.content };
  }
}

/**
 * Models createHtmlOutputFromFile(name): the project file `<name>.html`, here read from the
 * runtime's bundle folder (a subfolder is part of the name — TOOLCHAIN.md). A name that already
 * ends in '.html' is accepted too: a user reports 'Index.html' working where 'Index' did not
 * (RayBB/easy-gmail-scheduler#4) [P]. An unknown name throws Apps Script's message [C]. Names
 * cannot reach outside the folder.
 */
function readProjectHtml(bundleDir: string, name: string): string {
  const root = resolve(bundleDir);
  const candidates = name.endsWith('.html') ? [`${name}.html`, name] : [`${name}.html`];
  for (const candidate of candidates) {
    const file = resolve(join(root, candidate));
    const inside = relative(root, file);
    if (inside.startsWith('..') || inside.startsWith(sep)) break;
    try {
      return readFileSync(file, 'utf8');
    } catch {
      // try the next candidate
    }
  }
  throw appsScriptError(noHtmlFile(name));
}

export function createHtmlService(ctx: ServiceContext) {
  return {
    SandboxMode,
    XFrameOptionsMode,
    createHtmlOutputFromFile(filename: string): LocalHtmlOutput {
      ctx.exec.call('HtmlService.createHtmlOutputFromFile');
      const name = String(filename);
      return new LocalHtmlOutput(ctx, name, readProjectHtml(ctx.runtime.bundleDir, name));
    },
    createHtmlOutput(html = ''): LocalHtmlOutput {
      ctx.exec.call('HtmlService.createHtmlOutput');
      return new LocalHtmlOutput(ctx, '', String(html));
    },
  };
}
