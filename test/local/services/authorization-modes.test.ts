// Authorization modes: in NONE and LIMITED the calls that need the user's consent are refused, as Apps Script refuses them.
import type { AuthMode } from '../../../src/local/runtime/context';
import { runtimeWithBundle } from '../helpers/bundle';

const BUNDLE = `
function makeTrigger() { ScriptApp.newTrigger('tick').timeBased().everyHours(1).create(); return ScriptApp.getProjectTriggers().length; }
function listTriggers() { return ScriptApp.getProjectTriggers().length; }
function makeForm() { return FormApp.create('Survey').getTitle(); }
function tick() {}
`;

function outcome(entryPoint: string, authMode: AuthMode) {
  const runtime = runtimeWithBundle(BUNDLE);
  const result = runtime.run(entryPoint, [], { authMode });
  return { result, runtime };
}

describe.each(['NONE', 'LIMITED'] as const)('in AuthMode.%s', (authMode) => {
  it('refuses ScriptApp.newTrigger with the permission message and creates nothing', () => {
    const { result, runtime } = outcome('makeTrigger', authMode);
    expect(result.error).toBe('Exception: You do not have permission to call ScriptApp.newTrigger. Required permissions: https://www.googleapis.com/auth/script.scriptapp');
    expect(runtime.state.triggers).toEqual([]);
  });

  it('refuses ScriptApp.getProjectTriggers', () => {
    expect(outcome('listTriggers', authMode).result.error).toBe(
      'Exception: You do not have permission to call ScriptApp.getProjectTriggers. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
    );
  });

  it('refuses FormApp.create and creates no form', () => {
    const { result, runtime } = outcome('makeForm', authMode);
    expect(result.error).toBe('Exception: You do not have permission to call FormApp.create. Required permissions: https://www.googleapis.com/auth/forms');
    expect(runtime.state.forms).toEqual({});
  });
});

describe('in AuthMode.FULL', () => {
  it('creates and lists triggers and forms', () => {
    expect(outcome('makeTrigger', 'FULL').result.value).toBe(1);
    expect(outcome('makeForm', 'FULL').result.value).toBe('Survey');
  });
});
