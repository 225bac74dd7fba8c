// Checking a student's answers against the form's items before a response is recorded.
import type { FormItemState, FormState } from '../../../src/local/runtime/state';
import { answerProblem, answersByItemId, recordResponse } from '../../../src/local/services/form-responses';
import { emptyWorkspace } from '../../../src/local/runtime/state';
import { TEST_NOW } from '../../helpers/runtime';

function item(type: FormItemState['type'], extra: Partial<FormItemState> = {}): FormItemState {
  return { id: 1, type, title: 'Q', helpText: '', required: false, ...extra };
}

function form(emailCollection: FormState['emailCollection']): FormState {
  return {
    id: 'form-1',
    title: 'Survey',
    description: '',
    emailCollection,
    acceptingResponses: true,
    items: [item('TEXT', { id: 7, title: 'Name' }), item('CHECKBOX', { id: 8, title: 'Types', choices: ['article', 'video'] })],
    responses: [],
  };
}

describe('answers', () => {
  it('take one value except on a checkbox item', () => {
    expect(answerProblem(item('TEXT'), ['a', 'b'])).toBe('"Q" takes one answer, not a list.');
    expect(answerProblem(item('CHECKBOX', { choices: ['a', 'b'] }), ['a', 'b'])).toBeNull();
  });

  it('on a scale are whole numbers within its bounds (1 to 5 by default)', () => {
    expect(answerProblem(item('SCALE'), '5')).toBeNull();
    expect(answerProblem(item('SCALE'), '6')).toBe('"Q" takes a whole number from 1 to 5.');
    expect(answerProblem(item('SCALE', { lowerBound: 0, upperBound: 10 }), '0')).toBeNull();
  });

  it('on a date item are YYYY-MM-DD', () => {
    expect(answerProblem(item('DATE'), '2027-05-01')).toBeNull();
    expect(answerProblem(item('DATE'), 'May 1')).toBe('"Q" takes a date as YYYY-MM-DD.');
  });

  it('are keyed by item id, blank ones left out', () => {
    expect(answersByItemId(form('DO_NOT_COLLECT'), '', { Name: 'Ana', Types: [] })).toEqual({ 7: 'Ana' });
  });

  it('need an address when the form collects them', () => {
    expect(() => answersByItemId(form('VERIFIED'), ' ', { Name: 'Ana' })).toThrow('The form "Survey" collects email addresses: the response needs one.');
  });

  it('need a real address when the form collects them, and take any text when it does not', () => {
    expect(() => answersByItemId(form('VERIFIED'), 'not an email', { Name: 'Ana' })).toThrow('"not an email" is not an email address, and the form "Survey" collects them.');
    expect(() => answersByItemId(form('VERIFIED'), 'ana@students', { Name: 'Ana' })).toThrow(/is not an email address/);
    expect(answersByItemId(form('VERIFIED'), ' ana@students.example.edu ', { Name: 'Ana' })).toEqual(expect.any(Object));
    expect(answersByItemId(form('DO_NOT_COLLECT'), 'not an email', { Name: 'Ana' })).toEqual(expect.any(Object));
  });
});

describe('recording a response', () => {
  it('keeps the respondent\'s address only when the form collects addresses', () => {
    const state = emptyWorkspace(TEST_NOW);
    const quiet = form('DO_NOT_COLLECT');
    const collecting = form('VERIFIED');
    expect(recordResponse(state, quiet, 'ana@school.org', {}).response.email).toBe('');
    expect(recordResponse(state, collecting, 'ana@school.org', {}).response).toEqual(
      expect.objectContaining({ email: 'ana@school.org', timestamp: TEST_NOW }),
    );
    expect(collecting.responses).toHaveLength(1);
  });
});
