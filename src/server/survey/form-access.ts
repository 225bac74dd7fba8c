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

/** Responses submitted at or after `since` (all when null), oldest first, answers by item id. */
export function readResponses(form: Form, formId: string, since: number | null): SurveyResponse[] {
  const responses = since === null ? form.getResponses() : form.getResponses(new Date(since));
  return responses.map((response) => {
    const answers: Record<string, SurveyAnswer> = {};
    for (const itemResponse of response.getItemResponses()) {
      answers[String(itemResponse.getItem().getId())] = itemResponse.getResponse() as SurveyAnswer;
    }
    return { formId, responseId: response.getId(), timestamp: response.getTimestamp().getTime(), email: response.getRespondentEmail(), answers };
  });
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
