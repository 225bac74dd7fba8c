// The survey settings section: the pending Form read back exactly, version 1's inline surveys carried over, a damaged value refused and named.
import { decodeSection } from '../../../src/core/settings/section';
import { SURVEY_SETTINGS } from '../../../src/core/settings/survey-settings';

const SURVEY = {
  formId: 'form-1', title: 'T', url: 'https://x', editUrl: 'https://x/edit', createdAt: '2026-11-23T14:00:00.000Z', requestId: '', mergedThrough: 5,
  items: [{ itemId: 7, entryId: '123', title: 'Careers', kind: 'text', column: 'careerPath' }],
};
const PENDING = { requestId: 'req-1', formId: null, title: 'Getting to know you', startedAt: '2026-11-23T14:00:00.000Z' };
const stored = (value: unknown, version = 2) => JSON.stringify({ version, value });

describe('SURVEY_SETTINGS', () => {
  it('reads a pending Form back, and defaults to none', () => {
    expect(decodeSection(SURVEY_SETTINGS, stored({ pending: PENDING, carried: [] }))).toEqual({ value: { pending: PENDING, carried: [] }, problem: null });
    expect(decodeSection(SURVEY_SETTINGS, undefined).value).toEqual({ pending: null, carried: [] });
  });

  it("carries version 1's inline surveys and bare pending id over, a survey without a request id reading as ''", () => {
    const { requestId: _none, ...version1Survey } = SURVEY;
    expect(decodeSection(SURVEY_SETTINGS, stored({ surveys: [version1Survey], pending: 'form-2' }, 1))).toEqual({
      value: { pending: { requestId: '', formId: 'form-2', title: '', startedAt: '' }, carried: [SURVEY] },
      problem: null,
    });
    expect(decodeSection(SURVEY_SETTINGS, stored({ surveys: [], pending: null }, 1)).value).toEqual({ pending: null, carried: [] });
  });

  it.each([
    [stored({ pending: null, carried: [{ ...SURVEY, items: [{ ...SURVEY.items[0], column: 'privateNotes' }] }] }), 'Survey 1 of 1 is unreadable'],
    [stored({ carried: [{ ...SURVEY, formId: 3 }] }), 'Survey 1 of 1 is unreadable'],
    [stored({ pending: 'form-2' }), 'not recorded as a request, Form id, title and time'],
    [stored({ pending: { ...PENDING, formId: 4 } }), 'not recorded as a request'],
    [stored({ carried: {} }), 'not a list'],
    [stored({ pending: null }, 1), 'from version 1 to 2 failed (the survey list is missing)'],
  ])('refuses a damaged value, naming the setting: %#', (raw, message) => {
    const read = decodeSection(SURVEY_SETTINGS, raw);
    expect(read.value).toEqual(SURVEY_SETTINGS.defaults);
    expect(read.problem?.message).toMatch(/Rapport's survey settings \(document property rapport\.settings\.survey\) could not be read/);
    expect(read.problem?.message).toContain(message);
  });
});
