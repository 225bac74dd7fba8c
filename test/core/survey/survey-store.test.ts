// The surveys' store: one property per survey keyed by Form id, read in creation order, moved out of version 1's single value, refused with a clear message only when the 500 KB store is full.
import { PROPERTY_STORE_LIMIT_BYTES, utf8Bytes } from '../../../src/core/settings/property-limits';
import type { SurveyDefinition } from '../../../src/core/survey/definition';
import { DEFAULT_QUESTIONS } from '../../../src/core/survey/questions';
import { readSurveyStore, roomForSurvey, surveyKey, surveyStoreWrite } from '../../../src/core/survey/survey-store';

type Store = Record<string, string>;

/** A survey as Google's ids and links make it: 44-character Form ids, links of about 100 characters. */
function survey(n: number, questions = DEFAULT_QUESTIONS): SurveyDefinition {
  const formId = `1FAIpQLS${String(n).padStart(36, '0')}`;
  return {
    formId,
    title: `Check-in ${n}`,
    url: `https://docs.google.com/forms/d/e/${formId}/viewform`,
    editUrl: `https://docs.google.com/forms/d/${formId}/edit`,
    createdAt: new Date(Date.UTC(2026, 8, 1) + n * 86_400_000).toISOString(),
    requestId: `req-${n}`,
    items: questions.map((q, i) => ({ itemId: 1_000_000_000 + i, entryId: String(2_000_000_000 + i), title: q.title, kind: q.kind, column: q.column })),
    mergedThrough: null,
  };
}

function written(store: Store, change: Parameters<typeof surveyStoreWrite>[1]): Store {
  const write = surveyStoreWrite(store, change);
  if (!write.ok) throw new Error(write.problems[0].message);
  const next = { ...store, ...write.value.set };
  for (const key of write.value.stale) delete next[key];
  return next;
}

const storeBytes = (store: Store) => Object.entries(store).reduce((sum, [k, v]) => sum + utf8Bytes(k) + utf8Bytes(v), 0);

describe('the survey store', () => {
  it('keeps each survey under its Form id and reads them back oldest first, whatever order they were written in', () => {
    const store = written(written({}, { surveys: [survey(2)] }), { surveys: [survey(1)] });
    expect(Object.keys(store).filter((k) => k.startsWith('rapport.survey.'))).toEqual(expect.arrayContaining([surveyKey(survey(1).formId), surveyKey(survey(2).formId)]));
    expect(readSurveyStore(store)).toEqual({ surveys: [survey(1), survey(2)], pending: null, problem: null, damaged: [] });
  });

  it('moves the surveys a version-1 value held inline to their own properties in the same write', () => {
    const { requestId: _none, ...old } = survey(1);
    const version1: Store = { 'rapport.settings.survey': JSON.stringify({ version: 1, value: { surveys: [old], pending: null } }) };
    const carriedOver = { ...survey(1), requestId: '' };
    expect(readSurveyStore(version1).surveys).toEqual([carriedOver]);
    const moved = written(version1, { surveys: [survey(2)] });
    expect(JSON.parse(moved['rapport.settings.survey'])).toEqual({ version: 2, value: { pending: null, carried: [] } });
    expect(moved[surveyKey(carriedOver.formId)]).toBeDefined();
    expect(readSurveyStore(moved).surveys).toEqual([carriedOver, survey(2)]);
  });

  it('stores a survey over 9 KB (50 long questions) in pieces, and deletes the pieces a shorter rewrite leaves', () => {
    const long = survey(1, Array.from({ length: 50 }, (_, i) => ({ ...DEFAULT_QUESTIONS[1], title: `${'é'.repeat(290)} ${i}` })));
    const store = written({}, { surveys: [long] });
    expect(readSurveyStore(store).surveys).toEqual([long]);
    const short = { ...long, items: long.items.slice(0, 1) };
    const write = surveyStoreWrite(store, { surveys: [short] });
    expect(write.ok && write.value.stale.length).toBeGreaterThan(2);
    expect(readSurveyStore(written(store, { surveys: [short] })).surveys).toEqual([short]);
  });

  it('names a damaged survey and keeps reading the others', () => {
    const store = written({}, { surveys: [survey(1), survey(2)] });
    store[`${surveyKey(survey(1).formId)}#0`] = '{"formId": 3}';
    const read = readSurveyStore(store);
    expect(read.surveys).toEqual([survey(2)]);
    expect(read.damaged).toEqual([{ message: expect.stringContaining(`The value ${surveyKey(survey(1).formId)} could not be read`) }]);
    // A survey copied under another Form's key reads back whole but names another Form: refused, never used for that Form.
    const other = surveyKey('other-form');
    store[other] = store[surveyKey(survey(2).formId)];
    store[`${other}#0`] = store[`${surveyKey(survey(2).formId)}#0`];
    expect(readSurveyStore(store).damaged[1]).toEqual({ message: expect.stringContaining('rapport.survey.other-form is unreadable (its Form id or question mapping)') });
  });

  it('holds a term of weekly check-ins and far more: 150 default-size surveys with room for more', () => {
    const term = written({}, { surveys: Array.from({ length: 150 }, (_, i) => survey(i + 1)) });
    expect(readSurveyStore(term).surveys.map((s) => s.title)).toEqual(Array.from({ length: 150 }, (_, i) => `Check-in ${i + 1}`));
    expect(storeBytes(term)).toBeLessThan(PROPERTY_STORE_LIMIT_BYTES * 0.7);
    expect(roomForSurvey(term, { title: 'Check-in 151', questions: DEFAULT_QUESTIONS, requestId: 'req-151', createdAt: survey(151).createdAt })).toBeNull();
  });

  it('at the 500 KB limit refuses the next survey with a message naming the store and its size, keeping every survey', () => {
    const one = storeBytes(written({}, { surveys: [survey(1)] }));
    // Other settings (a sending plan, say) leave room for about three surveys.
    let store: Store = { 'rapport.plan': 'x'.repeat(PROPERTY_STORE_LIMIT_BYTES - Math.round(3.5 * one)) };
    let kept = 0;
    const draft = (n: number) => ({ title: `Check-in ${n}`, questions: DEFAULT_QUESTIONS, requestId: `req-${n}`, createdAt: survey(n).createdAt });
    while (roomForSurvey(store, draft(kept + 1)) === null) {
      kept += 1;
      store = written(store, { surveys: [survey(kept)] });
    }
    expect(kept).toBe(3);
    expect(storeBytes(store)).toBeLessThanOrEqual(PROPERTY_STORE_LIMIT_BYTES);
    expect(readSurveyStore(store).surveys).toHaveLength(kept);
    expect(roomForSurvey(store, draft(kept + 1))?.message).toMatch(
      /^There is no room for another survey in this sheet's settings\. Saving Rapport's surveys \(one survey under rapport\.survey\.…\) would bring Rapport's settings for this sheet to 50\d(\.\d)? KB, but Apps Script keeps at most 500 KB per document\. Nothing was saved\. No Form was created; the 3 surveys already kept are unchanged\./,
    );
    const refused = surveyStoreWrite(store, { surveys: [survey(kept + 1)] });
    expect(!refused.ok && refused.problems[0].message).toContain('500 KB per document');
  });
});
