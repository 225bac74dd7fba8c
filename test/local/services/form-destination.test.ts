// The responses tab: columns found by header, questions added later, relinking and moving the destination.
import { createFormApp } from '../../../src/local/services/form-app';
import { findSheet, readValues } from '../../../src/local/services/spreadsheet/state-access';
import { emptySheet } from '../../../src/local/runtime/state';
import type { ServiceContext } from '../../../src/local/runtime/context';
import { newServiceContext } from '../helpers/service-context';

function linkedForm(ctx: ServiceContext): GoogleAppsScript.Forms.Form {
  const formApp = createFormApp(ctx);
  const form = formApp.create('Check-in');
  form.addTextItem().setTitle('How are you?');
  return form.setDestination(formApp.DestinationType.SPREADSHEET, 'sheet-1');
}

function tab(ctx: ServiceContext, name = 'Form Responses 1') {
  const sheet = findSheet(ctx.state, 'sheet-1', name);
  if (!sheet) throw new Error(`no tab ${name}`);
  return sheet;
}

describe('the responses tab', () => {
  it('gives a question added after linking a new column at the end', () => {
    const ctx = newServiceContext();
    const form = linkedForm(ctx);
    const later = form.addParagraphTextItem().setTitle('Anything else?');
    form.createResponse().withItemResponse(later.createResponse('No')).submit();
    expect(readValues(tab(ctx))[0]).toEqual(['Timestamp', 'How are you?', 'Anything else?']);
    expect(readValues(tab(ctx))[1].slice(1)).toEqual(['', 'No']);
  });

  it('keeps writing to the linked tab after the teacher renames it', () => {
    const ctx = newServiceContext();
    const form = linkedForm(ctx);
    tab(ctx).name = 'Check-in answers';
    const [item] = form.getItems();
    form.createResponse().withItemResponse(item.asTextItem().createResponse('Fine')).submit();
    expect(readValues(tab(ctx, 'Check-in answers'))[1][1]).toBe('Fine');
  });

  it('keeps its tab when linked to the same spreadsheet again', () => {
    const ctx = newServiceContext();
    const form = linkedForm(ctx);
    form.setDestination(createFormApp(ctx).DestinationType.SPREADSHEET, 'sheet-1');
    expect(ctx.state.spreadsheets['sheet-1'].sheets.map((sheet) => sheet.name)).toEqual(['Form Responses 1', 'Sheet1']);
  });

  it('unlinks the old tab when the destination moves to another spreadsheet', () => {
    const ctx = newServiceContext();
    const form = linkedForm(ctx);
    ctx.state.spreadsheets['sheet-2'] = { ...ctx.state.spreadsheets['sheet-1'], id: 'sheet-2', sheets: [emptySheet(0, 'Sheet1')] };
    form.setDestination(createFormApp(ctx).DestinationType.SPREADSHEET, 'sheet-2');
    expect(tab(ctx).formId).toBeUndefined();
    expect(ctx.state.spreadsheets['sheet-2'].sheets[0]).toEqual(expect.objectContaining({ name: 'Form Responses 1', formId: form.getId() }));
  });
});
