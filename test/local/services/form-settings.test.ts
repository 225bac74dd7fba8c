// Form settings the survey needs: confirmation message, response edits, one response per user, text validation, section headers and page breaks.
import { submitFormResponse } from '../../../src/local/runtime/scheduler';
import { createFormApp } from '../../../src/local/services/form-app';
import { findSheet, readValues } from '../../../src/local/services/spreadsheet/state-access';
import { runtimeWithBundle } from '../helpers/bundle';
import { executionOn, newServiceContext } from '../helpers/service-context';

describe('form settings', () => {
  it('read as Forms\' defaults until set', () => {
    const form = createFormApp(newServiceContext()).create('Survey');
    expect([form.getConfirmationMessage(), form.canEditResponse(), form.hasLimitOneResponsePerUser()]).toEqual(['Your response has been recorded.', false, false]);
    form.setConfirmationMessage('Thanks!').setAllowResponseEdits(true).setLimitOneResponsePerUser(true);
    expect([form.getConfirmationMessage(), form.canEditResponse(), form.hasLimitOneResponsePerUser()]).toEqual(['Thanks!', true, true]);
  });

  it('give a submitted response an edit URL on the respondent page, and a draft none', () => {
    const form = createFormApp(newServiceContext()).create('Survey');
    const draft = form.createResponse();
    expect(draft.getEditResponseUrl()).toBeNull();
    const submitted = draft.submit();
    expect(submitted.getEditResponseUrl()).toBe(`${form.getPublishedUrl()}?edit2=${submitted.getId()}`);
  });
});

/** A survey in a runtime whose form sends responses to the bound spreadsheet. */
function survey(configure: (formApp: ReturnType<typeof createFormApp>, form: GoogleAppsScript.Forms.Form) => void) {
  const runtime = runtimeWithBundle('function noop() {}');
  const formApp = createFormApp(executionOn(runtime));
  const form = formApp.create('Survey').setCollectEmail(true);
  configure(formApp, form);
  form.setDestination(formApp.DestinationType.SPREADSHEET, 'sheet-1');
  return { runtime, formId: form.getId() };
}

describe('one response per user', () => {
  it('turns a second response by the same student away, and lets another student through', () => {
    const { runtime, formId } = survey((_app, form) => {
      form.setLimitOneResponsePerUser(true);
      form.addTextItem().setTitle('Name');
    });
    submitFormResponse(runtime, formId, { email: 'ana@school.org', answers: { Name: 'Ana' } });
    expect(() => submitFormResponse(runtime, formId, { email: 'ana@school.org', answers: { Name: 'Ana again' } })).toThrow(/already responded.*ana@school\.org/);
    submitFormResponse(runtime, formId, { email: 'bo@school.org', answers: { Name: 'Bo' } });
    expect(runtime.state.forms[formId].responses).toHaveLength(2);
  });
});

describe('text validation', () => {
  it('refuses an answer that breaks the rule with the rule\'s help text, and takes one that keeps it', () => {
    const { runtime, formId } = survey((formApp, form) => {
      const validation = formApp.createTextValidation().requireNumberBetween(9, 12).setHelpText('Your grade, 9 to 12.').build();
      form.addTextItem().setTitle('Grade').setValidation(validation);
    });
    expect(() => submitFormResponse(runtime, formId, { email: 'ana@school.org', answers: { Grade: '13' } })).toThrow('Your grade, 9 to 12.');
    expect(runtime.state.forms[formId].responses).toHaveLength(0);
    submitFormResponse(runtime, formId, { email: 'ana@school.org', answers: { Grade: '11' } });
    expect(runtime.state.forms[formId].responses).toHaveLength(1);
  });

  it('checks emails, lengths and whole-answer patterns', () => {
    const { runtime, formId } = survey((formApp, form) => {
      form.addTextItem().setTitle('Parent email').setValidation(formApp.createTextValidation().requireTextIsEmail().build());
      form.addParagraphTextItem().setTitle('Goals').setValidation(formApp.createTextValidation().requireTextLengthLessThanOrEqualTo(5).build());
      form.addTextItem().setTitle('Code').setValidation(formApp.createTextValidation().requireTextMatchesPattern('[A-Z]{3}').build());
    });
    const submit = (answers: Record<string, string>) => () => submitFormResponse(runtime, formId, { email: 'ana@school.org', answers });
    expect(submit({ 'Parent email': 'not an email' })).toThrow('"Parent email" does not meet its validation (email).');
    expect(submit({ Goals: 'too long' })).toThrow(/"Goals" does not meet/);
    expect(submit({ Code: 'ABCD' })).toThrow(/"Code" does not meet/);
    expect(submit({ 'Parent email': 'mum@home.org', Goals: 'read', Code: 'ABC' })).not.toThrow();
  });
});

describe('section headers and page breaks', () => {
  it('are items of their own types that take no answer and get no column', () => {
    const { runtime, formId } = survey((formApp, form) => {
      form.addSectionHeaderItem().setTitle('About you');
      form.addTextItem().setTitle('Name');
      form.addPageBreakItem().setTitle('Interests');
      form.addTextItem().setTitle('Hobby');
      expect(form.getItems().map((item) => String(item.getType()))).toEqual(['SECTION_HEADER', 'TEXT', 'PAGE_BREAK', 'TEXT']);
      expect(form.getItems(formApp.ItemType.PAGE_BREAK)[0].asPageBreakItem().getTitle()).toBe('Interests');
    });
    expect(readValues(findSheet(runtime.state, 'sheet-1', 'Form Responses 1')!)[0]).toEqual(['Timestamp', 'Email Address', 'Name', 'Hobby']);
    expect(() => submitFormResponse(runtime, formId, { email: 'ana@school.org', answers: { 'About you': 'x' } })).toThrow(/no question titled "About you".*"Name", "Hobby"/);
  });
});
