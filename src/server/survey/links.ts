// Each student's own pre-filled link to the newest survey (for the survey chase and the resource emails, issue 10).
import type { SurveyDefinition } from '../../core/survey/definition';

/** Who a link is for: their names pre-fill the survey's name questions. */
export interface LinkStudent {
  id: string;
  firstName: string;
  lastName: string;
}

const NAME_COLUMNS = ['firstName', 'lastName'] as const;

/**
 * Pre-filled links built by FormApp (createResponse().withItemResponse(...).toPrefilledUrl()),
 * never by hand from ids: the entry number is not the item id (APPS_SCRIPT_FACTS.md). Only the
 * names are pre-filled (the address is collected by the Form itself; longer answers would make
 * links too long for some mail clients). A student with no name gets the plain survey link.
 */
export function prefilledLinks(survey: SurveyDefinition, form: GoogleAppsScript.Forms.Form, students: readonly LinkStudent[]): Record<string, string> {
  const nameItems = NAME_COLUMNS.map((column) => {
    const mapped = survey.items.find((i) => i.column === column);
    const item = mapped ? form.getItemById(mapped.itemId) : null;
    return { column, item: item ? item.asTextItem() : null };
  });
  const links: Record<string, string> = {};
  for (const student of students) {
    let draft = form.createResponse();
    for (const { column, item } of nameItems) {
      const name = student[column].trim();
      if (item && name) draft = draft.withItemResponse(item.createResponse(name));
    }
    links[student.id] = draft.toPrefilledUrl();
  }
  return links;
}
