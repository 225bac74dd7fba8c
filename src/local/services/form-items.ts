// Form items (text, paragraph, multiple choice, checkbox, list, date, scale) and their ItemResponses.
import type { ServiceContext } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import type { FormItemState, FormItemType, FormState } from '../runtime/state';
import { formatJavaDate } from './simple-date-format';
import { answerProblem, DEFAULT_SCALE, type Answer } from './form-responses';
import { UNCONFIRMED } from './unconfirmed-messages';
import { textValidationData } from './form-validation';

/** Apps Script enums print as their names, so the local ones are name strings (see trigger-object.ts). */
export const ITEM_TYPES = [
  'CHECKBOX', 'CHECKBOX_GRID', 'DATE', 'DATETIME', 'DURATION', 'GRID', 'IMAGE', 'LIST', 'MULTIPLE_CHOICE',
  'PAGE_BREAK', 'PARAGRAPH_TEXT', 'SCALE', 'SECTION_HEADER', 'TEXT', 'TIME', 'VIDEO', 'FILE_UPLOAD',
] as const;
export const ItemType = Object.freeze(Object.fromEntries(ITEM_TYPES.map((name) => [name, name]))) as unknown as typeof GoogleAppsScript.Forms.ItemType;

const CASTS: Record<string, FormItemType> = {
  asTextItem: 'TEXT',
  asParagraphTextItem: 'PARAGRAPH_TEXT',
  asMultipleChoiceItem: 'MULTIPLE_CHOICE',
  asCheckboxItem: 'CHECKBOX',
  asListItem: 'LIST',
  asDateItem: 'DATE',
  asScaleItem: 'SCALE',
  asSectionHeaderItem: 'SECTION_HEADER',
  asPageBreakItem: 'PAGE_BREAK',
};
const TEXT_TYPES: readonly FormItemType[] = ['TEXT', 'PARAGRAPH_TEXT'];
/** Items that ask nothing: section headers and page breaks get no answer and no column [C: they have no createResponse]. */
const LAYOUT_TYPES: readonly FormItemType[] = ['SECTION_HEADER', 'PAGE_BREAK'];

/** True for an item a respondent answers. */
export function isQuestion(item: FormItemState): boolean {
  return !LAYOUT_TYPES.includes(item.type);
}
const CHOICE_TYPES: readonly FormItemType[] = ['MULTIPLE_CHOICE', 'CHECKBOX', 'LIST'];

type Methods = Record<string, (...args: never[]) => unknown>;
const RESPONSE_DATA = Symbol('item response data');

interface ItemResponseData {
  itemId: number;
  answer: Answer;
}

function liveItem(ctx: ServiceContext, formId: string, itemId: number): FormItemState {
  const item = ctx.state.forms[formId]?.items.find((candidate) => candidate.id === itemId);
  if (!item) throw appsScriptError(UNCONFIRMED.noSuchItem);
  return item;
}

/** The answer an ItemResponse object carries, or null for anything else a script passes in. */
export function itemResponseData(value: unknown): ItemResponseData | null {
  if (!value || typeof value !== 'object') return null;
  return (value as { [RESPONSE_DATA]?: ItemResponseData })[RESPONSE_DATA] ?? null;
}

/** An ItemResponse (reference [C]): getResponse is a string, or a string[] for a checkbox item. */
export function itemResponseObject(ctx: ServiceContext, formId: string, itemId: number, answer: Answer): GoogleAppsScript.Forms.ItemResponse {
  const response = {
    getItem() {
      ctx.exec.call('FormApp.getItem');
      return itemObject(ctx, formId, itemId);
    },
    getResponse() {
      ctx.exec.call('FormApp.getResponse');
      return Array.isArray(answer) ? [...answer] : answer;
    },
  };
  Object.defineProperty(response, RESPONSE_DATA, { value: { itemId, answer } });
  return response as unknown as GoogleAppsScript.Forms.ItemResponse;
}

/**
 * item.createResponse(value) [C]: text for text, paragraph, multiple-choice and list items, a
 * string[] for checkboxes, an integer for a scale, a Date for a date item (kept as YYYY-MM-DD in
 * the script's time zone [U]). A value the item cannot take throws, naming the problem [U text].
 */
function toAnswer(ctx: ServiceContext, item: FormItemState, value: unknown): Answer {
  if (item.type === 'CHECKBOX') return Array.isArray(value) ? value.map(String) : [String(value)];
  if (item.type === 'DATE' && value instanceof Date) return formatJavaDate(value.getTime(), ctx.state.user.scriptTimeZone, 'yyyy-MM-dd');
  return String(value);
}

function choiceObject(value: string): GoogleAppsScript.Forms.Choice {
  return { getValue: () => value } as GoogleAppsScript.Forms.Choice;
}

/**
 * One item of a form, read live from the state so that every handle sees every change. Methods
 * exist only on the types that have them in Apps Script: setChoiceValues on choice items,
 * setBounds on scales. asXItem() on an item of another type throws [U text].
 */
export function itemObject(ctx: ServiceContext, formId: string, itemId: number): GoogleAppsScript.Forms.Item {
  const call = (method: string) => ctx.exec.call(`FormApp.${method}`);
  const item = () => liveItem(ctx, formId, itemId);
  const self: Methods = {
    getId: () => (call('getId'), itemId),
    getIndex: () => (call('getIndex'), ctx.state.forms[formId].items.indexOf(item())),
    getType: () => (call('getType'), ItemType[item().type]),
    getTitle: () => (call('getTitle'), item().title),
    setTitle: (title: string) => (call('setTitle'), (item().title = String(title)), self),
    getHelpText: () => (call('getHelpText'), item().helpText),
    setHelpText: (text: string) => (call('setHelpText'), (item().helpText = String(text)), self),
    isRequired: () => (call('isRequired'), item().required),
    setRequired: (enabled: boolean) => (call('setRequired'), (item().required = Boolean(enabled)), self),
    createResponse: (value: unknown) => {
      call('createResponse');
      const answer = toAnswer(ctx, item(), value);
      const problem = answerProblem(item(), answer);
      if (problem) throw appsScriptError(problem);
      return itemResponseObject(ctx, formId, itemId, answer);
    },
  };
  for (const [method, type] of Object.entries(CASTS)) {
    self[method] = () => {
      call(method);
      if (item().type !== type) throw appsScriptError(UNCONFIRMED.wrongItemType(item().type, type));
      return self;
    };
  }
  const type = item().type;
  if (CHOICE_TYPES.includes(type)) {
    Object.assign(self, {
      setChoiceValues: (values: string[]) => (call('setChoiceValues'), (item().choices = values.map(String)), self),
      getChoices: () => (call('getChoices'), (item().choices ?? []).map(choiceObject)),
      createChoice: (value: string) => (call('createChoice'), choiceObject(String(value))),
      setChoices: (choices: GoogleAppsScript.Forms.Choice[]) => (call('setChoices'), (item().choices = choices.map((c) => c.getValue())), self),
    });
  }
  if (TEXT_TYPES.includes(type)) {
    Object.assign(self, {
      /** Models setValidation [C]: the Forms page then refuses answers that break it (form-validation.ts). */
      setValidation(validation: unknown) {
        call('setValidation');
        const data = textValidationData(validation);
        if (!data) throw appsScriptError(UNCONFIRMED.invalidArgument('validation'));
        item().validation = { ...data };
        return self;
      },
      clearValidation: () => (call('clearValidation'), delete item().validation, self),
    });
  }
  if (type === 'SCALE') {
    Object.assign(self, {
      setBounds: (lower: number, upper: number) => {
        call('setBounds');
        if (!Number.isInteger(lower) || !Number.isInteger(upper) || lower < 0 || lower > 1 || upper < 3 || upper > 10) {
          throw appsScriptError(UNCONFIRMED.invalidArgument('bounds'));
        }
        Object.assign(item(), { lowerBound: lower, upperBound: upper });
        return self;
      },
      getLowerBound: () => (call('getLowerBound'), item().lowerBound ?? DEFAULT_SCALE.lower),
      getUpperBound: () => (call('getUpperBound'), item().upperBound ?? DEFAULT_SCALE.upper),
    });
  }
  return self as unknown as GoogleAppsScript.Forms.Item;
}

/** Entry ids look like Forms' (nine or ten digits) and never equal an item id (seven digits here). */
const ENTRY_ID_BASE = 1_000_000_000;

/** The entry id a pre-filled link uses for an item (see FormItemState.entryId). */
export function entryIdOf(item: FormItemState): number {
  return item.entryId ?? ENTRY_ID_BASE + item.id;
}

/** Adds an item of a type at the end of the form, with Forms' defaults: untitled, optional. */
export function addItem(ctx: ServiceContext, form: FormState, type: FormItemType): GoogleAppsScript.Forms.Item {
  const item: FormItemState = { id: 1_000_000 + ctx.state.nextId++, entryId: ENTRY_ID_BASE + ctx.state.nextId++, type, title: '', helpText: '', required: false };
  if (CHOICE_TYPES.includes(type)) item.choices = [];
  form.items.push(item);
  return itemObject(ctx, form.id, item.id);
}
