// Test helper: a LocalRuntime over a throwaway bundle, for behaviours the add-on itself does not exercise.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalRuntime, type RuntimeOptions } from '../../../src/local/runtime/runtime';
import { emptyWorkspace } from '../../../src/local/runtime/state';
import { TEST_NOW } from '../../helpers/runtime';

/**
 * A runtime whose bundle is `source` (written as Code.js in a new temporary folder), on a fresh
 * workspace; with `manifest`, an appsscript.json beside it (without one, no scope is refused).
 */
export function runtimeWithBundle(source: string, options: RuntimeOptions & { now?: number; manifest?: object } = {}): LocalRuntime {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-bundle-'));
  writeFileSync(join(dir, 'Code.js'), source);
  if (options.manifest) writeFileSync(join(dir, 'appsscript.json'), JSON.stringify(options.manifest));
  return new LocalRuntime(emptyWorkspace(options.now ?? TEST_NOW), { ...options, bundleDir: dir });
}
