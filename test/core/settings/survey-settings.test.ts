// The survey settings section: surveys read back exactly, or the whole value is refused and named.
import { decodeSection } from '../../../src/core/settings/section';
import { SURVEY_SETTINGS } from '../../../src/core/settings/survey-settings';

const SURVEY = {
  formId: 'form-1', title: 'T', url: 'https://x', editUrl: 'https://x/edit', createdAt: '2026-11-23T14:00:00.000Z', mergedThrough: 5,
  items: [{ itemId: 7, entryId: '123', title: 'Careers', kind: 'text', column: 'careerPath' }],
};
const stored = (value: unknown) => JSON.stringify({ version: 1, value });

describe('SURVEY_SETTINGS', () => {
  it('reads surveys and a pending Form back', () => {
    expect(decodeSection(SURVEY_SETTINGS, stored({ surveys: [SURVEY], pending: 'form-2' }))).toEqual({ value: { surveys: [SURVEY], pending: 'form-2' }, problem: null });
    expect(decodeSection(SURVEY_SETTINGS, undefined).value).toEqual({ surveys: [], pending: null });
  });

  it.each([
    [{ surveys: [{ ...SURVEY, items: [{ ...SURVEY.items[0], column: 'privateNotes' }] }] }, 'Survey 1 of 1 is unreadable'],
    [{ surveys: [{ ...SURVEY, formId: 3 }] }, 'Survey 1 of 1 is unreadable'],
    [{ pending: null }, 'survey list is missing'],
    [{ surveys: [], pending: 4 }, 'not a Form id'],
  ])('refuses a damaged value, naming the setting: %#', (value, message) => {
    const read = decodeSection(SURVEY_SETTINGS, stored(value));
    expect(read.value).toEqual(SURVEY_SETTINGS.defaults);
    expect(read.problem?.message).toMatch(/Rapport's survey settings \(document property rapport\.settings\.survey\) could not be read/);
    expect(read.problem?.message).toContain(message);
  });
});
