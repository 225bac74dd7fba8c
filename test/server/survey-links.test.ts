// newestSurveyLinks (for the emails, issue 10): each student's own pre-filled link to the newest survey, built by FormApp.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '../../scripts/build';
import { newRuntime, runOk } from '../helpers/runtime';
import { FIRST, LAST } from './survey-fixture';

let bundleDir: string;
beforeAll(async () => {
  bundleDir = mkdtempSync(join(tmpdir(), 'rapport-survey-links-'));
  writeFileSync(join(bundleDir, 'Code.js'), await buildServer(join(__dirname, 'probes/survey-links-entry.ts')));
});

describe('newestSurveyLinks', () => {
  it('is null before any survey, then gives each student a link that pre-fills their names in the newest Form', () => {
    const runtime = newRuntime({ bundleDir });
    runOk(runtime, 'setupClass');
    expect(runOk(runtime, 'surveyLinks', [{ id: 'stu-1', firstName: 'Ana', lastName: 'Lopez' }])).toBeNull();
    runOk(runtime, 'createSurvey');
    const second = runOk<{ ok: true; value: { formId: string } }>(runtime, 'createSurvey');
    const links = runOk<Record<string, string>>(runtime, 'surveyLinks', [{ id: 'stu-1', firstName: 'Ana', lastName: 'López & Co' }, { id: 'stu-2', firstName: '', lastName: '' }]);
    expect(Object.keys(links)).toEqual(['stu-1', 'stu-2']);
    expect(links['stu-1']).toContain(`${second.value.formId}/viewform?usp=pp_url&entry.`);
    expect(decodeURIComponent(links['stu-1'])).toContain('=López & Co');
    expect(links['stu-2']).not.toContain('entry.');
    // The link's entry numbers are the Form's own: following it pre-fills the name questions.
    const form = runtime.state.forms[second.value.formId];
    const named = form.items.filter((i) => i.title === FIRST || i.title === LAST);
    for (const item of named) expect(links['stu-1']).toContain(`entry.${String(item.entryId ?? item.id)}=`);
  });
});
