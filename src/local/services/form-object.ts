// A Form: title, description, email collection, items, destination spreadsheet, responses.
import type { ServiceContext } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import type { FormItemType, FormState } from '../runtime/state';
import { linkDestination, unlinkDestination } from './form-destination';
import { addItem, itemObject } from './form-items';
import { responseObject } from './form-response-object';
import { editUrl, publishedUrl } from './form-urls';
import { UNCONFIRMED } from './unconfirmed-messages';

type EmailCollection = FormState['emailCollection'];
const EMAIL_COLLECTION_TYPES: readonly EmailCollection[] = ['VERIFIED', 'RESPONDER_INPUT', 'DO_NOT_COLLECT'];

const ADDERS: Record<string, FormItemType> = {
  addTextItem: 'TEXT',
  addParagraphTextItem: 'PARAGRAPH_TEXT',
  addMultipleChoiceItem: 'MULTIPLE_CHOICE',
  addCheckboxItem: 'CHECKBOX',
  addListItem: 'LIST',
  addDateItem: 'DATE',
  addScaleItem: 'SCALE',
  addSectionHeaderItem: 'SECTION_HEADER',
  addPageBreakItem: 'PAGE_BREAK',
};

/** What Forms shows after a submission when no confirmation message was set [C: Forms' default]. */
export const DEFAULT_CONFIRMATION = 'Your response has been recorded.';

/** A script passes an Item or its index; either way, the index in the form. */
function indexOf(form: FormState, itemOrIndex: GoogleAppsScript.Forms.Item | number): number {
  const index = typeof itemOrIndex === 'number' ? itemOrIndex : form.items.findIndex((item) => item.id === itemOrIndex.getId());
  if (!Number.isInteger(index) || index < 0 || index >= form.items.length) throw appsScriptError(UNCONFIRMED.invalidArgument('index'));
  return index;
}

/**
 * Models a Form (reference [C]) over `ctx.state.forms[id]`. Email collection: setCollectEmail is
 * the older call (true means VERIFIED); setEmailCollectionType takes FormApp.EmailCollectionType
 * (APPS_SCRIPT_FACTS.md, FormApp [C/P]) and is not in @types/google-apps-script 2.0.13, so it is
 * typed here as an addition.
 */
export function formObject(ctx: ServiceContext, formId: string): GoogleAppsScript.Forms.Form & {
  setEmailCollectionType(type: EmailCollection): GoogleAppsScript.Forms.Form;
  getEmailCollectionType(): EmailCollection;
} {
  const call = (method: string) => ctx.exec.call(`FormApp.${method}`);
  const form = () => ctx.state.forms[formId];
  const self: Record<string, unknown> = {
    getId: () => (call('getId'), formId),
    getTitle: () => (call('getTitle'), form().title),
    setTitle: (title: string) => (call('setTitle'), (form().title = String(title)), self),
    getDescription: () => (call('getDescription'), form().description),
    setDescription: (text: string) => (call('setDescription'), (form().description = String(text)), self),
    getPublishedUrl: () => (call('getPublishedUrl'), publishedUrl(formId)),
    getEditUrl: () => (call('getEditUrl'), editUrl(formId)),
    setCollectEmail: (collect: boolean) => (call('setCollectEmail'), (form().emailCollection = collect ? 'VERIFIED' : 'DO_NOT_COLLECT'), self),
    collectsEmail: () => (call('collectsEmail'), form().emailCollection !== 'DO_NOT_COLLECT'),
    setEmailCollectionType(type: EmailCollection) {
      call('setEmailCollectionType');
      if (!EMAIL_COLLECTION_TYPES.includes(String(type) as EmailCollection)) throw appsScriptError(UNCONFIRMED.invalidArgument('type'));
      form().emailCollection = String(type) as EmailCollection;
      return self;
    },
    getEmailCollectionType: () => (call('getEmailCollectionType'), form().emailCollection),
    /** Confirmation message, response edits and one response per user (Form reference [C]); Forms' defaults until set. */
    setConfirmationMessage: (message: string) => (call('setConfirmationMessage'), (form().confirmationMessage = String(message)), self),
    getConfirmationMessage: () => (call('getConfirmationMessage'), form().confirmationMessage ?? DEFAULT_CONFIRMATION),
    setAllowResponseEdits: (enabled: boolean) => (call('setAllowResponseEdits'), (form().allowResponseEdits = Boolean(enabled)), self),
    canEditResponse: () => (call('canEditResponse'), form().allowResponseEdits ?? false),
    setLimitOneResponsePerUser: (enabled: boolean) => (call('setLimitOneResponsePerUser'), (form().limitOneResponsePerUser = Boolean(enabled)), self),
    hasLimitOneResponsePerUser: () => (call('hasLimitOneResponsePerUser'), form().limitOneResponsePerUser ?? false),
    setAcceptingResponses: (enabled: boolean) => (call('setAcceptingResponses'), (form().acceptingResponses = Boolean(enabled)), self),
    isAcceptingResponses: () => (call('isAcceptingResponses'), form().acceptingResponses),
    setDestination(type: GoogleAppsScript.Forms.DestinationType, spreadsheetId: string) {
      call('setDestination');
      if (String(type) !== 'SPREADSHEET') throw appsScriptError(UNCONFIRMED.invalidArgument('type'));
      const spreadsheet = ctx.state.spreadsheets[spreadsheetId];
      if (!spreadsheet) throw appsScriptError(UNCONFIRMED.noSuchDocument);
      linkDestination(ctx.state, form(), spreadsheet);
      return self;
    },
    getDestinationId() {
      call('getDestinationId');
      const destination = form().destination;
      if (!destination) throw appsScriptError(UNCONFIRMED.noDestination);
      return destination.spreadsheetId;
    },
    getDestinationType() {
      call('getDestinationType');
      if (!form().destination) throw appsScriptError(UNCONFIRMED.noDestination);
      return 'SPREADSHEET';
    },
    removeDestination: () => (call('removeDestination'), unlinkDestination(ctx.state, form()), self),
    getItems(type?: GoogleAppsScript.Forms.ItemType) {
      call('getItems');
      const items = form().items.filter((item) => type === undefined || item.type === String(type));
      return items.map((item) => itemObject(ctx, formId, item.id));
    },
    /** Null for an id the form does not hold, as Apps Script answers [C]. */
    getItemById(id: number) {
      call('getItemById');
      return form().items.some((item) => item.id === id) ? itemObject(ctx, formId, id) : null;
    },
    deleteItem(itemOrIndex: GoogleAppsScript.Forms.Item | number) {
      call('deleteItem');
      form().items.splice(indexOf(form(), itemOrIndex), 1);
    },
    moveItem(itemOrIndex: GoogleAppsScript.Forms.Item | number, toIndex: number) {
      call('moveItem');
      const items = form().items;
      const from = indexOf(form(), itemOrIndex);
      if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex >= items.length) throw appsScriptError(UNCONFIRMED.invalidArgument('toIndex'));
      const [moved] = items.splice(from, 1);
      items.splice(toIndex, 0, moved);
      return itemObject(ctx, formId, moved.id);
    },
    /** All responses, or those submitted at or after a moment. */
    getResponses(timestamp?: GoogleAppsScript.Base.Date) {
      call('getResponses');
      const since = timestamp ? timestamp.getTime() : -Infinity;
      return form()
        .responses.filter((response) => response.timestamp >= since)
        .map((response) => responseObject(ctx, formId, response));
    },
    getResponse(responseId: string) {
      call('getResponse');
      const response = form().responses.find((candidate) => candidate.id === responseId);
      if (!response) throw appsScriptError(UNCONFIRMED.noSuchResponse(responseId));
      return responseObject(ctx, formId, response);
    },
    createResponse: () => (call('createResponse'), responseObject(ctx, formId, null)),
  };
  for (const [method, type] of Object.entries(ADDERS)) {
    self[method] = () => (call(method), addItem(ctx, form(), type));
  }
  return self as unknown as ReturnType<typeof formObject>;
}
