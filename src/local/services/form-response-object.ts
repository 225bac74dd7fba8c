// FormResponse: a stored response to read, or a draft a script builds, pre-fills a link from, or submits.
import type { ServiceContext } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import { scriptDate } from '../runtime/script-date';
import type { FormResponseState } from '../runtime/state';
import { entryIdOf, itemResponseData, itemResponseObject } from './form-items';
import { recordResponse, type Answer } from './form-responses';
import { editResponseUrl, prefilledUrl } from './form-urls';
import { UNCONFIRMED } from './unconfirmed-messages';

/** Editing a submitted response (withItemResponse + submit on it) is not modelled. */
const EDIT_NOT_MODELLED = 'Editing a submitted response is not modelled by the local runtime.';

/**
 * A FormResponse (reference [C]). A draft (from Form.createResponse) collects ItemResponses;
 * submit() stores it in the form and its destination tab but fires no form-submit trigger:
 * "Script executions and API requests do not cause triggers to run" (installable triggers guide
 * [C]). A draft has no id or timestamp until submitted (null) [U]; a response submitted by a
 * script has no respondent address [U].
 */
export function responseObject(ctx: ServiceContext, formId: string, stored: FormResponseState | null): GoogleAppsScript.Forms.FormResponse {
  const call = (method: string) => ctx.exec.call(`FormApp.${method}`);
  const answers: Record<string, Answer> = stored ? stored.answers : {};
  const form = () => ctx.state.forms[formId];
  const answered = () =>
    form()
      .items.filter((item) => answers[String(item.id)] !== undefined)
      .map((item) => ({ itemId: item.id, entryId: entryIdOf(item), answer: answers[String(item.id)] }));
  const self = {
    getId: () => (call('getId'), stored ? stored.id : null),
    getTimestamp: () => (call('getTimestamp'), stored ? scriptDate(ctx, stored.timestamp) : null),
    getRespondentEmail: () => (call('getRespondentEmail'), stored ? stored.email : ''),
    getItemResponses: () => (call('getItemResponses'), answered().map(({ itemId, answer }) => itemResponseObject(ctx, formId, itemId, answer))),
    getResponseForItem(item: GoogleAppsScript.Forms.Item) {
      call('getResponseForItem');
      const itemId = item.getId();
      const answer = answers[String(itemId)];
      return answer === undefined ? null : itemResponseObject(ctx, formId, itemId, answer);
    },
    withItemResponse(response: GoogleAppsScript.Forms.ItemResponse) {
      call('withItemResponse');
      if (stored) throw new Error(EDIT_NOT_MODELLED);
      const data = itemResponseData(response);
      if (!data) throw appsScriptError(UNCONFIRMED.invalidArgument('response'));
      answers[String(data.itemId)] = data.answer;
      return self;
    },
    /** Models getEditResponseUrl [C]: the respondent page with the response's edit key; null for a draft [U]. */
    getEditResponseUrl: () => (call('getEditResponseUrl'), stored ? editResponseUrl(formId, stored.id) : null),
    toPrefilledUrl: () => (call('toPrefilledUrl'), prefilledUrl(formId, answered())),
    submit() {
      call('submit');
      if (stored) throw new Error(EDIT_NOT_MODELLED);
      const { response } = recordResponse(ctx.state, form(), '', { ...answers });
      return responseObject(ctx, formId, response);
    },
  };
  return self as unknown as GoogleAppsScript.Forms.FormResponse;
}
