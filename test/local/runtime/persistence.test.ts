// The workspace state file: atomic save, identical load (Dates included), clear errors for bad files.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserializeState, loadState, saveState, serializeState } from '../../../src/local/runtime/persistence';
import { emptyWorkspace } from '../../../src/local/runtime/state';

describe('workspace persistence', () => {
  it('loads back identically, with Date cells as Dates', () => {
    const state = emptyWorkspace(Date.UTC(2026, 10, 23));
    const sheet = state.spreadsheets['sheet-1'].sheets[0];
    sheet.cells = [[{ v: new Date(Date.UTC(2026, 0, 2, 5)) }, { v: 'text' }, { v: 42 }, { v: true }, { v: '', f: '=A1' }]];
    const loaded = deserializeState(serializeState(state), 'memory');
    expect(loaded).toEqual(state);
    expect(loaded.spreadsheets['sheet-1'].sheets[0].cells[0][0]?.v).toBeInstanceOf(Date);
  });

  it('saves through a temporary file and leaves no temporary behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-state-'));
    const path = join(dir, 'workspace.json');
    saveState(path, emptyWorkspace(0));
    expect(readdirSync(dir)).toEqual(['workspace.json']);
    expect(loadState(path)).toEqual(emptyWorkspace(0));
  });

  it('names the file and the remedy for a missing, corrupt or foreign file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-state-'));
    expect(() => loadState(join(dir, 'none.json'))).toThrow(/No workspace at .*none\.json.*init/);
    const corrupt = join(dir, 'corrupt.json');
    writeFileSync(corrupt, '{"version": 1, "clo');
    expect(() => loadState(corrupt)).toThrow(/corrupt\.json is not valid JSON/);
    expect(readFileSync(corrupt, 'utf8')).toBe('{"version": 1, "clo');
    const foreign = join(dir, 'foreign.json');
    writeFileSync(foreign, '{"hello": "world"}');
    expect(() => loadState(foreign)).toThrow(/foreign\.json is not a Rapport workspace/);
  });

  it('names a state file from another version, and keeps it as it was', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-state-'));
    const future = join(dir, 'future.json');
    const text = serializeState({ ...emptyWorkspace(0), version: 2 as 1 });
    writeFileSync(future, text);
    expect(() => loadState(future)).toThrow(/future\.json is a version 2 workspace; this Rapport reads version 1\. Move it away, or replace it with: .*init --demo --force$/);
    expect(readFileSync(future, 'utf8')).toBe(text);
  });

  it('refuses a package.json or other JSON with a version of its own as not a workspace', () => {
    expect(() => deserializeState('{"name": "rapport", "version": "0.1.0"}', 'package.json')).toThrow(/^The state file package\.json is not a Rapport workspace/);
  });

  it('names the damaged parts of a workspace whose parts are missing or of the wrong kind', () => {
    const damaged = { ...emptyWorkspace(0), mail: undefined, triggers: {}, clock: { now: 'soon' } };
    expect(() => deserializeState(JSON.stringify(damaged), 'damaged.json')).toThrow(
      /^The state file damaged\.json is damaged: clock\.now, triggers, mail missing or of the wrong kind\. Move it away/,
    );
    const { triggerRuntime: _dropped, ...older } = emptyWorkspace(0);
    expect(deserializeState(JSON.stringify(older), 'older.json')).toEqual(older);
  });

  it('refuses a folder as the state file, to load or to save', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-state-'));
    expect(() => loadState(dir)).toThrow(`The state file ${dir} is a folder, not a file: name a file such as ${dir}/workspace.json.`);
    expect(() => saveState(dir, emptyWorkspace(0))).toThrow(/is a folder, not a file/);
    expect(statSync(dir).isDirectory()).toBe(true);
  });

  it('refuses to replace a read-only file, and keeps the permissions of a file it replaces', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-state-'));
    const readOnly = join(dir, 'read-only.json');
    saveState(readOnly, emptyWorkspace(0));
    chmodSync(readOnly, 0o444);
    expect(() => saveState(readOnly, emptyWorkspace(5))).toThrow(/read-only\.json is read-only, so nothing was saved/);
    expect(loadState(readOnly)).toEqual(emptyWorkspace(0));
    const secret = join(dir, 'private.json');
    saveState(secret, emptyWorkspace(0));
    chmodSync(secret, 0o600);
    saveState(secret, emptyWorkspace(5));
    expect(statSync(secret).mode & 0o777).toBe(0o600);
    expect(loadState(secret)).toEqual(emptyWorkspace(5));
  });

  it('leaves the previous file as it was when the write fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-state-'));
    const path = join(dir, 'workspace.json');
    saveState(path, emptyWorkspace(0));
    // A folder where the temporary file would go makes the write fail.
    mkdirSync(`${path}.${process.pid}.tmp`);
    expect(() => saveState(path, emptyWorkspace(5))).toThrow(/^Cannot save the state file .*workspace\.json \(EISDIR\); the previous file is unchanged\.$/);
    expect(loadState(path)).toEqual(emptyWorkspace(0));
  });
});
