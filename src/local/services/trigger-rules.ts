// The limits Apps Script checks when an editor add-on creates an installable trigger.
import { appsScriptError, MESSAGES } from '../runtime/errors';
import type { TriggerState, WorkspaceState } from '../runtime/state';
import { addOnTriggerPerDocumentMessage, UNCONFIRMED } from './unconfirmed-messages';

/** Installable triggers per user per script (APPS_SCRIPT_FACTS.md, Triggers [C]). */
export const MAX_TRIGGERS_PER_USER = 20;

/**
 * Throws as Apps Script does when `candidate` may not be created:
 * - a time-driven trigger more frequent than hourly (`everyMinutes`): editor add-ons may not [C];
 * - a trigger on another file than the document the add-on runs in — another spreadsheet, or a
 *   form the add-on created: add-ons may only create triggers for their own file [C; text U];
 * - a second trigger of the same event type by the same user on the same document [C];
 * - a 21st trigger by the same user in this script [C].
 */
export function assertTriggerAllowed(state: WorkspaceState, candidate: TriggerState, repeatsEveryMinutes: boolean): void {
  if (repeatsEveryMinutes) throw appsScriptError(UNCONFIRMED.addOnTriggerTooFrequent);
  if (candidate.sourceId !== state.activeSpreadsheetId) throw appsScriptError(UNCONFIRMED.addOnTriggerOtherFile);
  const mine = state.triggers.filter((trigger) => trigger.owner === candidate.owner);
  const sameKind = mine.some((trigger) => trigger.sourceId === candidate.sourceId && trigger.eventType === candidate.eventType);
  if (sameKind) throw appsScriptError(addOnTriggerPerDocumentMessage(candidate.eventType));
  if (mine.length >= MAX_TRIGGERS_PER_USER) throw appsScriptError(MESSAGES.tooManyTriggers);
}
