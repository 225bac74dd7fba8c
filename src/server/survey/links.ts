// Each student's own pre-filled link to the newest survey (for the survey chase and the resource emails, issue 10).
import type { SurveyDefinition } from '../../core/survey/definition';

/** Who a link is for: their names pre-fill the survey's name questions. */
export interface LinkStudent {
  id: string;
  firstName: string;
  lastName: string;
}

const NAME_COLUMNS = ['firstName', 'lastName'] as const;

/** Placeholder answers, one per name question: unchanged by URL encoding and never a real name. */
const PLACEHOLDERS: Record<(typeof NAME_COLUMNS)[number], string> = { firstName: 'RapportFirstNamePlaceholder', lastName: 'RapportLastNamePlaceholder' };

/**
 * Pre-filled links built by FormApp (createResponse().withItemResponse(...).toPrefilledUrl()),
 * never by hand from ids: the entry number is not the item id (APPS_SCRIPT_FACTS.md). FormApp
 * makes one link, with a placeholder for each name, once; each student's link is that one with
 * their names put in (URL-encoded, as toPrefilledUrl writes them), so a run of 2,000 emails opens
 * the Form once instead of making ten FormApp calls per email. Only the names are pre-filled (the
 * address is collected by the Form itself; longer answers would make links too long for some
 * mail clients); a name a student does not have is left out of their link.
 */
export function prefilledLinker(survey: SurveyDefinition, form: GoogleAppsScript.Forms.Form): (student: LinkStudent) => string {
  let draft = form.createResponse();
  for (const column of NAME_COLUMNS) {
    const mapped = survey.items.find((i) => i.column === column);
    const item = mapped ? form.getItemById(mapped.itemId) : null;
    if (item) draft = draft.withItemResponse(item.asTextItem().createResponse(PLACEHOLDERS[column]));
  }
  const [page, query = ''] = draft.toPrefilledUrl().split('?');
  const params = query.split('&');
  return (student) => {
    const filled = params.flatMap((param) => {
      const column = NAME_COLUMNS.find((c) => param.endsWith(`=${PLACEHOLDERS[c]}`));
      if (!column) return [param];
      const name = student[column].trim();
      return name ? [param.replace(PLACEHOLDERS[column], encodeURIComponent(name))] : [];
    });
    return filled.length > 0 && filled[0] !== '' ? `${page}?${filled.join('&')}` : page;
  };
}

/** Each student's link, by id (see prefilledLinker). */
export function prefilledLinks(survey: SurveyDefinition, form: GoogleAppsScript.Forms.Form, students: readonly LinkStudent[]): Record<string, string> {
  const linkFor = prefilledLinker(survey, form);
  return Object.fromEntries(students.map((student) => [student.id, linkFor(student)]));
}
