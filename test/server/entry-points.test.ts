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
    expect(names.sort()).toEqual(['addResource', 'approveCycle', 'createSurvey', 'emailSurveyToNonResponders', 'getEmailSettings', 'getLibraryGaps', 'getSelectedStudent', 'getSendingState', 'getSidebarState', 'getSurveyState', 'logCheckIn', 'onInstall', 'onOpen', 'onScheduleTick', 'onSurveySubmit', 'previewEmail', 'resolveSurveyConflict', 'resolveUnknownSend', 'saveEmailSettings', 'saveSchedule', 'saveSidebarSettings', 'selectStudent', 'sendNow', 'sendTestEmail', 'setupClass', 'setupClassFromMenu', 'showSidebar', 'skipPlannedStudent', 'swapPlannedPick', 'syncSurveyResponses', 'takeOverSchedule']);
    expect(Object.keys(api).sort()).toEqual(names);
  });
});
