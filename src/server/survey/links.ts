// Each student's own pre-filled link to the newest survey (for the survey chase and the resource emails, issue 10).
import type { SurveyDefinition } from '../../core/survey/definition';
import { linkFromTemplate, PREFILL_MARKERS, type PrefillColumn } from '../../core/survey/prefill-template';

/** Who a link is for: their names pre-fill the survey's name questions. */
export interface LinkStudent {
  id: string;
  firstName: string;
  lastName: string;
}

/**
 * One pre-filled link built by FormApp (createResponse().withItemResponse(...).toPrefilledUrl()),
 * never by hand from ids: the entry number is not the item id (APPS_SCRIPT_FACTS.md). Its name
 * answers are markers that prefilledLink swaps for each student's names, so a run costs the same
 * few FormApp calls for 2,000 links as for one (built per student, they were about ten calls an
 * email, four times the time of the sends). Only the names are pre-filled: the address is
 * collected by the Form itself, and longer answers would make links too long for some mail clients.
 */
export function prefillTemplate(survey: SurveyDefinition, form: GoogleAppsScript.Forms.Form): string {
  let draft = form.createResponse();
  for (const column of Object.keys(PREFILL_MARKERS) as PrefillColumn[]) {
    const mapped = survey.items.find((i) => i.column === column);
    const item = mapped ? form.getItemById(mapped.itemId) : null;
    if (item) draft = draft.withItemResponse(item.asTextItem().createResponse(PREFILL_MARKERS[column]));
  }
  return draft.toPrefilledUrl();
}

/** The template the survey kept when it was made, or one built now (a survey made before templates were kept). */
export function surveyPrefillTemplate(survey: SurveyDefinition, form: GoogleAppsScript.Forms.Form): string {
  return survey.prefillTemplate ?? prefillTemplate(survey, form);
}

/** A student's own link from the template; a student with no name gets the plain survey link. */
export function prefilledLink(template: string, student: LinkStudent): string {
  return linkFromTemplate(template, { firstName: student.firstName, lastName: student.lastName });
}
