// Lints probe sources at pretended paths with the project's ESLint config, in plain Node (jest's vm cannot load eslint.config.mjs).
// Reads [{ path, code }] as JSON on stdin and prints each probe's messages ("rule: message") as JSON.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';

const root = join(import.meta.dirname, '..', '..');
const probes = JSON.parse(readFileSync(0, 'utf8'));
const eslint = new ESLint({ cwd: root });
const results = [];
for (const { path, code } of probes) {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  results.push(result.messages.map((m) => `${m.ruleId}: ${m.message}`));
}
process.stdout.write(JSON.stringify(results));
