// Builds the survey's questions into a Form and reads back each item's id and the entry id its pre-filled links use.
import type { SurveyQuestion } from '../../shared/rpc';
import type { SurveyItem } from '../../core/survey/definition';

type Form = GoogleAppsScript.Forms.Form;
/** The item types Rapport adds, all of which can create a response. */
type AnswerableItem = GoogleAppsScript.Forms.TextItem | GoogleAppsScript.Forms.ParagraphTextItem | GoogleAppsScript.Forms.CheckboxItem | GoogleAppsScript.Forms.MultipleChoiceItem;

function addQuestion(form: Form, question: SurveyQuestion): { item: AnswerableItem; sample: string | string[] } {
  switch (question.kind) {
    case 'text':
      return { item: form.addTextItem(), sample: 'x' };
    case 'paragraph':
      return { item: form.addParagraphTextItem(), sample: 'x' };
    case 'checkbox': {
      const item = form.addCheckboxItem();
      item.setChoiceValues(question.choices);
      return { item, sample: [question.choices[0]] };
    }
    case 'yesNo': {
      const item = form.addMultipleChoiceItem();
      item.setChoiceValues(question.choices);
      return { item, sample: question.choices[0] };
    }
  }
}

/**
 * The `entry.N` of an item, from a pre-filled link FormApp builds for a sample answer: the entry
 * number is not the item id (APPS_SCRIPT_FACTS.md, FormApp [P]), and no method returns it.
 */
function entryIdOf(form: Form, item: AnswerableItem, sample: string | string[]): string {
  const response = (item as GoogleAppsScript.Forms.CheckboxItem).createResponse(sample as string[]);
  const url = form.createResponse().withItemResponse(response).toPrefilledUrl();
  return /[?&]entry\.(\d+)=/.exec(url)?.[1] ?? '';
}

/** Adds each question at the end of the Form, in order; returns the items as the settings store keeps them. */
export function addQuestions(form: Form, questions: readonly SurveyQuestion[]): SurveyItem[] {
  return questions.map((question) => {
    const { item, sample } = addQuestion(form, question);
    item.setTitle(question.title).setRequired(question.required);
    if (question.helpText) item.setHelpText(question.helpText);
    return { itemId: item.getId(), entryId: entryIdOf(form, item, sample), title: question.title, kind: question.kind, column: question.column };
  });
}
