// FormApp: forms, items, email collection, the destination tab, responses submitted from code, pre-filled links.
import type { ServiceContext } from '../../../src/local/runtime/context';
import { createFormApp, type LocalForm } from '../../../src/local/services/form-app';
import { createScriptApp } from '../../../src/local/services/script-app';
import { readValues, findSheet } from '../../../src/local/services/spreadsheet/state-access';
import { newServiceContext, thrownBy, ZERO_LATENCY } from '../helpers/service-context';

/** A small survey: a text question, a checkbox question and a required multiple-choice question. */
function survey(ctx: ServiceContext): LocalForm {
  const form = createFormApp(ctx).create('Interest survey');
  form.addTextItem().setTitle('Your name');
  form.addCheckboxItem().setTitle('Resource types').setChoiceValues(['article', 'video', 'event']);
  form.addMultipleChoiceItem().setTitle('Grade').setChoiceValues(['10', '11', '12']).setRequired(true);
  return form;
}

describe('FormApp forms', () => {
  it('creates a form that openById and openByUrl find again, with Google-looking URLs', () => {
    const ctx = newServiceContext();
    const formApp = createFormApp(ctx);
    const form = formApp.create('Interest survey');
    expect(formApp.openById(form.getId()).getTitle()).toBe('Interest survey');
    expect(form.getPublishedUrl()).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/[^/]+\/viewform$/);
    expect(form.getEditUrl()).toBe(`https://docs.google.com/forms/d/${form.getId()}/edit`);
    expect(formApp.openByUrl(form.getPublishedUrl()).getId()).toBe(form.getId());
    expect(formApp.openByUrl(form.getEditUrl()).getId()).toBe(form.getId());
  });

  it('has no active form in a Sheets add-on and refuses an unknown id', () => {
    const ctx = newServiceContext();
    expect(createFormApp(ctx).getActiveForm()).toBeNull();
    expect(thrownBy(() => createFormApp(ctx).openById('missing')).name).toBe('Exception');
  });

  it('keeps title, description and accepting-responses, and counts each call', () => {
    const ctx = newServiceContext();
    const form = createFormApp(ctx).create('Draft').setTitle('Check-in').setDescription('Two minutes').setAcceptingResponses(false);
    expect([form.getTitle(), form.getDescription(), form.isAcceptingResponses()]).toEqual(['Check-in', 'Two minutes', false]);
    expect(ctx.exec.calls).toEqual(expect.objectContaining({ 'FormApp.create': 1, 'FormApp.setTitle': 1, 'FormApp.getTitle': 1 }));
  });

  it('collects email by setCollectEmail and by setEmailCollectionType', () => {
    const ctx = newServiceContext();
    const formApp = createFormApp(ctx);
    const form = formApp.create('Survey');
    expect(form.collectsEmail()).toBe(false);
    form.setCollectEmail(true);
    expect(form.getEmailCollectionType()).toBe('VERIFIED');
    form.setEmailCollectionType(formApp.EmailCollectionType.RESPONDER_INPUT);
    expect(form.collectsEmail()).toBe(true);
    form.setEmailCollectionType(formApp.EmailCollectionType.DO_NOT_COLLECT);
    expect(form.collectsEmail()).toBe(false);
  });
});

describe('FormApp items', () => {
  it('gives integer ids, types and titles, in order', () => {
    const ctx = newServiceContext();
    const form = survey(ctx);
    form.addParagraphTextItem().setTitle('Goals');
    form.addListItem().setTitle('Section');
    form.addDateItem().setTitle('Birthday');
    form.addScaleItem().setTitle('Confidence');
    const items = form.getItems();
    expect(items.every((item) => Number.isInteger(item.getId()))).toBe(true);
    expect(items.map((item) => String(item.getType()))).toEqual(['TEXT', 'CHECKBOX', 'MULTIPLE_CHOICE', 'PARAGRAPH_TEXT', 'LIST', 'DATE', 'SCALE']);
    expect(form.getItems(createFormApp(ctx).ItemType.CHECKBOX).map((item) => item.getTitle())).toEqual(['Resource types']);
    expect(form.getItemById(items[2].getId())?.asMultipleChoiceItem().isRequired()).toBe(true);
    expect(form.getItemById(12345)).toBeNull();
  });

  it('casts an item to its own type only', () => {
    const ctx = newServiceContext();
    const [text] = survey(ctx).getItems();
    expect(text.asTextItem().getTitle()).toBe('Your name');
    expect(thrownBy(() => text.asCheckboxItem()).message).toBe('The item is a TEXT item, not a CHECKBOX item.');
  });

  it('offers choices only on choice items and bounds only on scales', () => {
    const ctx = newServiceContext();
    const form = survey(ctx);
    const [text, checkbox] = form.getItems();
    expect(checkbox.asCheckboxItem().getChoices().map((choice) => choice.getValue())).toEqual(['article', 'video', 'event']);
    expect((text as unknown as Record<string, unknown>).setChoiceValues).toBeUndefined();
    const scale = form.addScaleItem().setBounds(1, 10);
    expect([scale.getLowerBound(), scale.getUpperBound()]).toEqual([1, 10]);
  });

  it('deletes and moves items by index or by item', () => {
    const ctx = newServiceContext();
    const form = survey(ctx);
    const [name, types, grade] = form.getItems();
    form.moveItem(grade, 0);
    expect(form.getItems().map((item) => item.getTitle())).toEqual(['Grade', 'Your name', 'Resource types']);
    form.deleteItem(1);
    expect(form.getItems().map((item) => item.getId())).toEqual([grade.getId(), types.getId()]);
    expect(() => name.getTitle()).toThrow(/deleted/);
  });

  it('turns a date into YYYY-MM-DD in the script\'s zone and a scale value into text', () => {
    const ctx = newServiceContext();
    const form = createFormApp(ctx).create('Events');
    const lateEveningInNewYork = new Date(Date.UTC(2026, 11, 2, 3, 30)); // 2026-12-01 22:30 in New York
    expect(form.addDateItem().setTitle('Game day').createResponse(lateEveningInNewYork).getResponse()).toBe('2026-12-01');
    expect(form.addScaleItem().setTitle('Confidence').createResponse(4).getResponse()).toBe('4');
  });

  it('refuses a response that is not among a multiple-choice item\'s choices', () => {
    const ctx = newServiceContext();
    const grade = survey(ctx).getItems()[2].asMultipleChoiceItem();
    expect(thrownBy(() => grade.createResponse('9')).message).toBe('"9" is not a choice of "Grade". The choices are: "10", "11", "12".');
  });
});

describe('FormApp destination', () => {
  it('creates the "Form Responses 1" tab first in the spreadsheet, with Timestamp, Email Address and the question titles', () => {
    const ctx = newServiceContext();
    const form = survey(ctx).setCollectEmail(true);
    form.setDestination(createFormApp(ctx).DestinationType.SPREADSHEET, 'sheet-1');
    const sheets = ctx.state.spreadsheets['sheet-1'].sheets;
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Form Responses 1', 'Sheet1']);
    expect(readValues(sheets[0])).toEqual([['Timestamp', 'Email Address', 'Your name', 'Resource types', 'Grade']]);
    expect(sheets[0].formId).toBe(form.getId());
    expect(form.getDestinationId()).toBe('sheet-1');
    expect(String(form.getDestinationType())).toBe('SPREADSHEET');
  });

  it('leaves out Email Address when the form does not collect it, and numbers a second tab 2', () => {
    const ctx = newServiceContext();
    const formApp = createFormApp(ctx);
    survey(ctx).setCollectEmail(true).setDestination(formApp.DestinationType.SPREADSHEET, 'sheet-1');
    survey(ctx).setDestination(formApp.DestinationType.SPREADSHEET, 'sheet-1');
    const second = findSheet(ctx.state, 'sheet-1', 'Form Responses 2');
    expect(second && readValues(second)[0]).toEqual(['Timestamp', 'Your name', 'Resource types', 'Grade']);
  });

  it('unlinks on removeDestination, keeping the tab', () => {
    const ctx = newServiceContext();
    const form = survey(ctx).setDestination(createFormApp(ctx).DestinationType.SPREADSHEET, 'sheet-1');
    form.removeDestination();
    expect(thrownBy(() => form.getDestinationId()).message).toBe('The form currently has no response destination.');
    expect(findSheet(ctx.state, 'sheet-1', 'Form Responses 1')?.formId).toBeUndefined();
  });

  it('refuses a destination spreadsheet that does not exist', () => {
    const ctx = newServiceContext();
    expect(() => survey(ctx).setDestination(createFormApp(ctx).DestinationType.SPREADSHEET, 'nope')).toThrow(/No item with the given ID/);
  });
});

describe('FormApp responses from code', () => {
  it('records a submitted response in the form and the destination tab, without firing any trigger', () => {
    const ctx = newServiceContext({ latency: ZERO_LATENCY });
    const form = survey(ctx).setDestination(createFormApp(ctx).DestinationType.SPREADSHEET, 'sheet-1');
    createScriptApp(ctx).newTrigger('onSheetSubmit').forSpreadsheet('sheet-1').onFormSubmit().create();
    const [name, types, grade] = form.getItems();
    const submitted = form
      .createResponse()
      .withItemResponse(name.asTextItem().createResponse('Ana'))
      .withItemResponse(types.asCheckboxItem().createResponse(['article', 'video']))
      .withItemResponse(grade.asMultipleChoiceItem().createResponse('11'))
      .submit();
    const itemResponses = form.getResponse(submitted.getId()).getItemResponses();
    expect(itemResponses.map((r) => r.getResponse())).toEqual(['Ana', ['article', 'video'], '11']);
    expect(itemResponses.map((r) => r.getItem().getTitle())).toEqual(['Your name', 'Resource types', 'Grade']);
    expect(submitted.getTimestamp().getTime()).toBe(ctx.state.clock.now);
    const tab = findSheet(ctx.state, 'sheet-1', 'Form Responses 1');
    expect(tab && readValues(tab)[1].slice(1)).toEqual(['Ana', 'article, video', 11]);
    expect(ctx.state.executions).toEqual([]);
  });

  it('lists responses, all or since a moment', () => {
    const ctx = newServiceContext();
    const form = survey(ctx);
    form.createResponse().submit();
    ctx.state.clock.now += 60_000;
    const since = new Date(ctx.state.clock.now);
    form.createResponse().submit();
    expect(form.getResponses()).toHaveLength(2);
    expect(form.getResponses(since)).toHaveLength(1);
  });

  it('builds a pre-filled link with entry.<entry id>=<encoded value>, one per checked box', () => {
    const ctx = newServiceContext();
    const form = survey(ctx);
    const [name, types] = form.getItems();
    const url = form
      .createResponse()
      .withItemResponse(name.asTextItem().createResponse('Ana & Bo'))
      .withItemResponse(types.asCheckboxItem().createResponse(['article', 'event']))
      .toPrefilledUrl();
    const [nameEntry, typesEntry] = ctx.state.forms[form.getId()].items.map((item) => item.entryId);
    expect(url).toBe(`${form.getPublishedUrl()}?usp=pp_url&entry.${nameEntry}=Ana%20%26%20Bo&entry.${typesEntry}=article&entry.${typesEntry}=event`);
  });

  it('gives each item an entry id of its own, so a link built from getId() names no entry', () => {
    const ctx = newServiceContext();
    const form = survey(ctx);
    const ids = form.getItems().map((item) => item.getId());
    const url = form.createResponse().withItemResponse(form.getItems()[0].asTextItem().createResponse('Ana')).toPrefilledUrl();
    for (const id of ids) expect(url).not.toContain(`entry.${id}=`);
    const entryIds = ctx.state.forms[form.getId()].items.map((item) => item.entryId);
    expect(new Set(entryIds).size).toBe(ids.length);
    expect(entryIds.some((entryId) => ids.includes(entryId as number))).toBe(false);
  });
});
