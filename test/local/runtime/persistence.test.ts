// The workspace state file: atomic save, identical load (Dates included), clear errors for bad files.
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
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
});
