// `init --demo --survey`: the demo class with the interest survey created by the add-on and four responses merged.
import { loadState } from '../../../src/local/runtime/persistence';
import { LocalRuntime } from '../../../src/local/runtime/runtime';
import type { SurveyState } from '../../../src/shared/rpc';
import { cli, cliOk, tempStatePath } from '../cli/harness';

describe('init --demo --survey', () => {
  it('creates the survey and merges four responses: three demo students and one new, with one conflict to show', () => {
    const path = tempStatePath();
    expect(cliOk(path, 'init', '--demo', '--survey')).toContain('and the interest survey with 4 responses');
    const runtime = new LocalRuntime(loadState(path));
    const state = runtime.run('getSurveyState', []).value as SurveyState;
    const responded = state.sections.flatMap((s) => s.responded.map((r) => r.name));
    expect(responded).toHaveLength(4);
    expect(responded).toContain('Noor Haddad');
    expect(state.survey?.url).toMatch(/^https:\/\/docs\.google\.com\/forms\//);
    expect(state.conflicts.map((c) => c.column)).toContain('careerPath');
  });

  it('refuses --survey without --demo', () => {
    const run = cli(tempStatePath(), 'init', '--survey');
    expect(run.code).not.toBe(0);
    expect(run.err).toContain('--survey needs --demo');
  });
});
