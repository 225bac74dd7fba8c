// The bundle's entry points: exactly the add-on's functions, each a top-level declaration, matching the sidebar contract.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { topLevelFunctionNames } from '../../src/local/runtime/bundle-entry-points';
import type { ServerApi } from '../../src/shared/rpc';
import * as main from '../../src/server/main';

/** Compile-time check: main.ts implements every ServerApi function with its signature. */
const api: ServerApi = main;

describe('entry points', () => {
  it('are exactly the menu, trigger and sidebar functions, declared at the top level of Code.js', () => {
    const names = topLevelFunctionNames(readFileSync(join(__dirname, '../../dist/Code.js'), 'utf8'));
    expect(names.sort()).toEqual([
      'addResource', 'createSurvey', 'emailSurveyToNonResponders', 'getSelectedStudent', 'getSidebarState', 'getSurveyState', 'logCheckIn', 'onInstall', 'onOpen',
      'onSurveySubmit', 'resolveSurveyConflict', 'selectStudent', 'setupClass', 'setupClassFromMenu', 'showSidebar', 'syncSurveyResponses',
    ]);
    expect(Object.keys(api).sort()).toEqual(names);
  });
});
