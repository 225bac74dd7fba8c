// The local page's HTTP server: the page, the real sidebar with its shim, and the JSON API over one runtime.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { LocalRuntime } from '../runtime/runtime';
import { saveWorkspace } from '../demo/workspace';
import { BadRequest, handleGetState, handlePost, isApiPost, mailBody } from './api';
import { injectShim } from './sidebar-shim';

export interface LocalServerOptions {
  runtime: LocalRuntime;
  /** Where to save the workspace after every change; omitted, nothing is saved. */
  statePath?: string;
  /** 0 picks a free port. */
  port: number;
}

export interface LocalServer {
  url: string;
  close(): Promise<void>;
}

const ASSETS = join(__dirname, 'assets');
const STATIC: Readonly<Record<string, { file: string; type: string }>> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/page.js': { file: 'page.js', type: 'text/javascript; charset=utf-8' },
  '/page.css': { file: 'page.css', type: 'text/css; charset=utf-8' },
};
const MAX_BODY_BYTES = 1_000_000;
/** A sent email is shown with scripts, forms, plugins and outside requests all blocked. */
const MAIL_CSP = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'";

function send(response: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new BadRequest('The request body is too large.'));
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

async function parseJsonBody(request: IncomingMessage): Promise<unknown> {
  // Requiring JSON makes a cross-site form post impossible: browsers must ask first, and nobody answers.
  if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) throw new BadRequest('Send JSON (Content-Type: application/json).');
  try {
    return JSON.parse(await readBody(request)) as unknown;
  } catch (error) {
    if (error instanceof BadRequest) throw error;
    throw new BadRequest('The request body is not valid JSON.');
  }
}

/** A URL path segment decoded, or '' (which names nothing) when its percent-encoding is malformed. */
function decodedOrEmpty(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}

/** Serves the local page; resolves once it listens on 127.0.0.1. */
export function startLocalServer(options: LocalServerOptions): Promise<LocalServer> {
  const { runtime, statePath } = options;
  let expectedHost = '';

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://local');
    const path = url.pathname;
    // Only this machine's own address names this server: a foreign host name means DNS rebinding.
    if (request.headers.host !== expectedHost && request.headers.host !== expectedHost.replace('127.0.0.1', 'localhost')) {
      send(response, 403, 'text/plain; charset=utf-8', 'Forbidden host');
      return;
    }
    if (request.method === 'GET' && Object.hasOwn(STATIC, path)) {
      const asset = STATIC[path];
      send(response, 200, asset.type, readFileSync(join(ASSETS, asset.file), 'utf8'));
    } else if (request.method === 'GET' && path === '/favicon.ico') {
      send(response, 204, 'image/x-icon', '');
    } else if (request.method === 'GET' && path === '/sidebar') {
      send(response, 200, 'text/html; charset=utf-8', injectShim(readFileSync(join(runtime.bundleDir, 'Sidebar.html'), 'utf8')));
    } else if (request.method === 'GET' && path === '/api/state') {
      sendJson(response, 200, handleGetState(runtime));
    } else if (request.method === 'GET' && path.startsWith('/api/mail/')) {
      const html = mailBody(runtime, decodedOrEmpty(path.slice('/api/mail/'.length)));
      if (html === null) send(response, 404, 'text/plain; charset=utf-8', 'No such email');
      else send(response, 200, 'text/html; charset=utf-8', html, { 'Content-Security-Policy': MAIL_CSP });
    } else if (request.method === 'POST' && isApiPost(path)) {
      const reply = handlePost(runtime, path, await parseJsonBody(request));
      if (reply.changed && statePath) saveWorkspace(statePath, runtime.state);
      sendJson(response, 200, reply.body);
    } else {
      send(response, 404, 'text/plain; charset=utf-8', 'Not found');
    }
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (!response.headersSent) sendJson(response, error instanceof BadRequest ? 400 : 500, { error: { message } });
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EADDRINUSE') reject(error);
      else reject(new Error(`Port ${options.port} is already in use (is Rapport already running?): pick another with PORT, e.g. PORT=${options.port + 1} npm start.`, { cause: error }));
    });
    server.listen(options.port, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      expectedHost = `127.0.0.1:${port}`;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
