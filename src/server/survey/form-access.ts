// Opens a survey's Form and reads its responses and items: the Form's own responses are the answers' source of truth.
import type { SurveyDefinition } from '../../core/survey/definition';
import type { SurveyResponse } from '../../core/survey/merge';
import type { SurveyAnswer } from '../../core/survey/answers';

type Form = GoogleAppsScript.Forms.Form;

/** The Form, or null when it was deleted or the teacher lost access to it. */
export function openSurveyForm(survey: SurveyDefinition): Form | null {
  try {
    return FormApp.openById(survey.formId);
  } catch {
    return null;
  }
}

export function formGoneMessage(survey: SurveyDefinition): string {
  return `The survey Form "${survey.title}" (created ${survey.createdAt.slice(0, 10)}) was deleted or can no longer be opened. Answers already merged stay in Students; responses it held cannot be merged. Restore it from Drive's trash to merge them, or create a new survey.`;
}

/**
 * Responses submitted at or after `since` (all when null), in the Form's order (submission order),
 * with the answers to the survey's mapped items by item id; those in `merged` (recorded in the
 * Students rows) cost one call each and are left out. Reading the others costs a few FormApp calls per
 * response (its id, time, address, how many items it answers, then each mapped answer), so it
 * stops once `deadline` (ms) has passed: `complete` says whether every response was read.
 */
export function readResponses(form: Form, survey: SurveyDefinition, since: number | null, merged: ReadonlySet<string>, deadline: number): { responses: SurveyResponse[]; complete: boolean } {
  const all = since === null ? form.getResponses() : form.getResponses(new Date(since));
  // Looked up only once a response needs reading: a run that finds everything merged spends nothing on them.
  let items: { itemId: number; item: GoogleAppsScript.Forms.Item | null }[] | null = null;
  const mappedItems = () => (items ??= survey.items.filter((i) => i.column !== null).map((i) => ({ itemId: i.itemId, item: form.getItemById(i.itemId) })));
  const responses: SurveyResponse[] = [];
  for (const response of all) {
    if (Date.now() > deadline) return { responses, complete: false };
    const responseId = response.getId();
    if (merged.has(responseId)) continue;
    const answers: Record<string, SurveyAnswer> = {};
    const answeredCount = response.getItemResponses().length;
    for (const { itemId, item } of answeredCount > 0 ? mappedItems() : []) {
      const answer = item ? response.getResponseForItem(item) : null;
      if (answer) answers[String(itemId)] = answer.getResponse() as SurveyAnswer;
    }
    responses.push({ formId: survey.formId, responseId, timestamp: response.getTimestamp().getTime(), email: response.getRespondentEmail(), answers, answeredCount });
  }
  return { responses, complete: true };
}

/** One response's answer to the item mapped to `column`, or null when the Form, the response or the item is gone. */
export function readAnswer(form: Form | null, survey: SurveyDefinition, responseId: string, column: string): SurveyAnswer | null {
  const mapped = survey.items.find((i) => i.column === column);
  if (!form || !mapped) return null;
  try {
    const item = form.getItemById(mapped.itemId);
    const answer = item ? form.getResponse(responseId).getResponseForItem(item) : null;
    return answer ? (answer.getResponse() as SurveyAnswer) : null;
  } catch {
    return null;
  }
}
