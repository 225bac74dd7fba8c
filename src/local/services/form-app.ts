// The local FormApp: create and open forms, and Forms' enums.
import type { ServiceContext } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import { requireAuthMode } from './authorization';
import { SCOPE } from '../runtime/scopes';
import { ItemType } from './form-items';
import { formObject } from './form-object';
import { formIdFromUrl } from './form-urls';
import { textValidationBuilder } from './form-validation';
import { UNCONFIRMED } from './unconfirmed-messages';

/** Enums as name strings, like ScriptApp's (see trigger-object.ts). */
const DestinationType = Object.freeze({ SPREADSHEET: 'SPREADSHEET' }) as unknown as typeof GoogleAppsScript.Forms.DestinationType;
/** FormApp.EmailCollectionType (APPS_SCRIPT_FACTS.md [C/P]); missing from @types/google-apps-script 2.0.13. */
const EmailCollectionType = Object.freeze({ VERIFIED: 'VERIFIED', RESPONDER_INPUT: 'RESPONDER_INPUT', DO_NOT_COLLECT: 'DO_NOT_COLLECT' } as const);

export type LocalForm = ReturnType<typeof formObject>;

export interface LocalFormApp {
  DestinationType: typeof GoogleAppsScript.Forms.DestinationType;
  ItemType: typeof GoogleAppsScript.Forms.ItemType;
  EmailCollectionType: typeof EmailCollectionType;
  create(title: string): LocalForm;
  openById(id: string): LocalForm;
  openByUrl(url: string): LocalForm;
  getActiveForm(): LocalForm | null;
  createTextValidation(): ReturnType<typeof textValidationBuilder>;
}

/**
 * Models FormApp (reference [C]) over `ctx.state.forms`. A new form collects no addresses and
 * accepts responses, as Forms' defaults are. getActiveForm is null: Rapport is a Sheets add-on,
 * and only a script bound to a form has an active form.
 */
export function createFormApp(ctx: ServiceContext): LocalFormApp {
  /** Opening or creating a form needs FULL (authorization.ts); the enums need nothing. */
  const call = (method: string) => {
    ctx.exec.call(`FormApp.${method}`);
    requireAuthMode(ctx, 'FULL', `FormApp.${method}`, SCOPE.forms);
  };
  const open = (id: string | null): LocalForm => {
    if (id === null || !ctx.state.forms[id]) throw appsScriptError(UNCONFIRMED.noSuchDocument);
    return formObject(ctx, id);
  };
  return {
    DestinationType,
    ItemType,
    EmailCollectionType,
    create(title: string) {
      call('create');
      const id = `form-${ctx.state.nextId++}`;
      ctx.state.forms[id] = {
        id,
        title: String(title),
        description: '',
        emailCollection: 'DO_NOT_COLLECT',
        acceptingResponses: true,
        items: [],
        responses: [],
      };
      return formObject(ctx, id);
    },
    openById: (id: string) => (call('openById'), open(String(id))),
    openByUrl: (url: string) => (call('openByUrl'), open(formIdFromUrl(String(url)))),
    getActiveForm: () => (call('getActiveForm'), null),
    createTextValidation: () => (call('createTextValidation'), textValidationBuilder(ctx)),
  };
}
