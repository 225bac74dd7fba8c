// Error texts for ScriptApp and FormApp situations whose real Apps Script wording was not found [U].
import type { TriggerState } from '../runtime/state';
import { MESSAGES } from '../runtime/errors';

/**
 * Each text here is our choice, written in Apps Script's style, because no real output was found
 * (APPS_SCRIPT_FACTS.md marks these [U]). Keep them in this one place so that a confirmed text can
 * replace ours with a one-line change.
 */
export const UNCONFIRMED = {
  /** An add-on's time-driven trigger may not fire more often than hourly [C]; the text is ours [U]. */
  addOnTriggerTooFrequent: 'Add-ons cannot create time-based triggers that run more often than once per hour.',
  /** An add-on may create triggers only for the file it is used in [C]; the text is ours [U]. */
  addOnTriggerOtherFile: 'Add-ons can only create triggers for the document in which the add-on is used.',
  /** A clock builder's create() with no frequency and no moment. */
  clockTriggerWithoutSchedule:
    'The time-based trigger has no schedule. Call everyHours, everyDays, everyWeeks, at or after before create().',
  /** atHour/nearMinute/onWeekDay without a daily or weekly frequency (the reference says a frequency is required [C]). */
  clockTriggerWithoutFrequency: 'atHour, nearMinute and onWeekDay need everyDays or everyWeeks.',
  /** A trigger or openById naming a document that does not exist. */
  noSuchDocument: 'No item with the given ID could be found, or you do not have permission to access it.',
  /** getDestinationId/getDestinationType on a form without a destination. */
  noDestination: 'The form currently has no response destination.',
  invalidArgument: (name: string): string => `Invalid argument: ${name}`,
  noSuchResponse: (id: string): string => `No response with ID ${id} exists for this form.`,
  /** asTextItem() and the like on an item of another type. */
  wrongItemType: (itemType: string, wanted: string): string => `The item is a ${itemType} item, not a ${wanted} item.`,
  noSuchItem: 'The item does not exist: it was deleted from the form.',
} as const;

const EVENT_NOUNS: Record<TriggerState['eventType'], string> = {
  CLOCK: 'time-based',
  ON_FORM_SUBMIT: 'form-submit',
  ON_OPEN: 'open',
  ON_EDIT: 'edit',
  ON_CHANGE: 'change',
};

/**
 * An add-on may hold one trigger of each event type per user per document [C]. The text is
 * confirmed for time-based triggers only (MESSAGES.addOnTriggerPerDocument); for the other types
 * we use the same sentence with the type's name, e.g. "too many form-submit triggers" [U].
 */
export function addOnTriggerPerDocumentMessage(eventType: TriggerState['eventType']): string {
  if (eventType === 'CLOCK') return MESSAGES.addOnTriggerPerDocument;
  return `This add-on has created too many ${EVENT_NOUNS[eventType]} triggers in this document for this Google user account.`;
}
