// The built artifact clasp pushes: entry points as top-level declarations, nothing Apps Script lacks, the right files and scopes.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { topLevelFunctionNames } from '../../src/local/runtime/bundle-entry-points';
import { scanScript } from '../helpers/script-scan';

const root = join(__dirname, '..', '..');
const dist = join(root, 'dist');
const code = readFileSync(join(dist, 'Code.js'), 'utf8');

/** The entry module's exports, read the same way the build reads them. */
async function entryModuleExports(): Promise<string[]> {
  const result = await build({ entryPoints: [join(root, 'src/server/main.ts')], bundle: true, write: false, format: 'esm', metafile: true, outfile: 'x.js', logLevel: 'silent' });
  return [...Object.values(result.metafile.outputs)[0].exports].sort();
}

describe('dist/Code.js', () => {
  it('declares exactly the entry module\'s exports as top-level functions', async () => {
    const exports = await entryModuleExports();
    expect(exports).toEqual(expect.arrayContaining(['onInstall', 'onOpen', 'showSidebar']));
    expect(topLevelFunctionNames(code).sort()).toEqual(exports);
  });

  it('has a free-variable check that sees a Node global but not a property of the same name', () => {
    const used = scanScript('function f() { return process.env.x + a.require; }').identifiers;
    expect(used.has('process')).toBe(true);
    expect(used.has('require')).toBe(false);
  });

  it('uses nothing Apps Script lacks', () => {
    const used = scanScript(code).identifiers;
    for (const name of ['require', 'process', 'setTimeout', 'setInterval', 'fetch', 'Buffer', 'module', 'exports', 'window', 'document', '__dirname']) {
      expect({ name, used: used.has(name) }).toEqual({ name, used: false });
    }
  });
});

describe('dist/Sidebar.html', () => {
  const html = readFileSync(join(dist, 'Sidebar.html'), 'utf8');

  it('is one self-contained file: inlined script and style, nothing fetched', () => {
    expect(html).toMatch(/<script>[\s\S]+<\/script>/);
    expect(html).toMatch(/<style>[\s\S]+<\/style>/);
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href=/i);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)[^\s"')]+\.(js|css)\b/i);
    expect(html).not.toContain('__SIDEBAR_');
  });
});

describe('appsscript.json', () => {
  const manifest = JSON.parse(readFileSync(join(dist, 'appsscript.json'), 'utf8'));

  it('runs on V8 with exception logging and a time zone', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(manifest.timeZone).toMatch(/^[A-Za-z_]+\/[A-Za-z_]+$/);
  });

  it('asks for exactly the minimal scopes: no Gmail, no full Sheets or Drive', () => {
    expect([...manifest.oauthScopes].sort()).toEqual(
      [
        'https://www.googleapis.com/auth/forms',
        'https://www.googleapis.com/auth/script.container.ui',
        'https://www.googleapis.com/auth/script.scriptapp',
        'https://www.googleapis.com/auth/script.send_mail',
        'https://www.googleapis.com/auth/spreadsheets.currentonly',
        'https://www.googleapis.com/auth/userinfo.email',
      ].sort(),
    );
  });
});

describe('clasp', () => {
  it('would push exactly the built files', () => {
    const out = execFileSync(join(root, 'node_modules/.bin/clasp'), ['status', '--json'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    const status = JSON.parse(out.trim().split('\n').pop()!);
    expect([...status.filesToPush].sort()).toEqual(['dist/Code.js', 'dist/Sidebar.html', 'dist/appsscript.json']);
  });
});
