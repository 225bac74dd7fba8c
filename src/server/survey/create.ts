// createSurvey: the questions checked, the Form built (email collected, answers into this spreadsheet), its mapping saved, the trigger installed.
import { cutText } from '../../core/text-cut';
import type { Result, SurveyQuestion } from '../../shared/rpc';
import { DEFAULT_QUESTIONS, validateQuestions } from '../../core/survey/questions';
import type { SurveyDefinition } from '../../core/survey/definition';
import { withDocumentLock } from '../document-lock';
import { openSpreadsheetContext } from '../spreadsheet-context';
import { loadTabs } from '../workspace-loader';
import { addQuestions } from './form-build';
import { ensureSubmitTrigger } from './submit-trigger';
import { loadSurveySettings, rememberPendingForm, saveNewSurvey, type LoadedSurveySettings } from './settings';

type Form = GoogleAppsScript.Forms.Form;

const DESCRIPTION = 'Tell us about yourself so that we can send you things that fit you. Only your teachers see your answers.';
const CONFIRMATION = 'Thank you! You can answer again any time (the link in our emails brings you back here) to tell us what is new.';

/** FormApp's EmailCollectionType, which @types/google-apps-script 2.0.13 lacks. */
interface EmailCollection {
  setEmailCollectionType?(type: string): Form;
}

/**
 * Forms' verified collection (the respondent's signed-in address) where the account allows it;
 * otherwise the respondent types the address and Forms checks it is one; the older setCollectEmail
 * where neither call exists.
 */
function collectEmail(form: Form): void {
  const types = (FormApp as unknown as { EmailCollectionType?: Record<string, string> }).EmailCollectionType;
  const withType = form as Form & EmailCollection;
  if (!types || !withType.setEmailCollectionType) {
    form.setCollectEmail(true);
    return;
  }
  try {
    withType.setEmailCollectionType(types.VERIFIED);
  } catch {
    withType.setEmailCollectionType(types.RESPONDER_INPUT);
  }
}

/**
 * The Form left by a createSurvey killed mid-way is reused (emptied) rather than left behind with
 * a second one made; a pending id that is already a finished survey is never touched.
 */
function freshForm(settings: LoadedSurveySettings, title: string): Form {
  const pending = settings.pending && !settings.surveys.some((s) => s.formId === settings.pending) ? settings.pending : null;
  if (pending) {
    try {
      const form = FormApp.openById(pending);
      for (const item of form.getItems()) form.deleteItem(item);
      return form.setTitle(title);
    } catch {
      // Deleted since: make a new one.
    }
  }
  const form = FormApp.create(title);
  rememberPendingForm(form.getId());
  return form;
}

/**
 * Under the document lock. Needs the Students tab (set-up first). The trigger is installed (it
 * converges, submit-trigger.ts) and then the survey recorded, last, once the Form is complete: a
 * kill before that leaves at most a pending Form that the next call reuses. A kill after it
 * leaves a complete survey whose answer the sidebar never got; a retry then makes a second one.
 */
export function createSurveyForm(questions?: SurveyQuestion[]): Result<{ formId: string; url: string }> {
  const valid = validateQuestions(questions === undefined || questions === null ? DEFAULT_QUESTIONS : questions);
  if (!valid.ok) return valid;
  const context = openSpreadsheetContext();
  return withDocumentLock(() => {
    const loaded = loadTabs(context, ['students']);
    if (loaded.structureProblems.length > 0) return { ok: false, problems: loaded.structureProblems };
    const settings = loadSurveySettings();
    if (settings.problem) return { ok: false, problems: [settings.problem] };
    const title = cutText(`Getting to know you: ${context.spreadsheet.getName()}`, 200);
    const form = freshForm(settings, title);
    form.setDescription(DESCRIPTION).setConfirmationMessage(CONFIRMATION);
    collectEmail(form);
    const items = addQuestions(form, valid.value);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, context.spreadsheet.getId());
    const survey: SurveyDefinition = {
      formId: form.getId(),
      title,
      url: form.getPublishedUrl(),
      editUrl: form.getEditUrl(),
      createdAt: context.now.toISOString(),
      items,
      mergedThrough: null,
    };
    ensureSubmitTrigger(context.spreadsheet);
    const saved = saveNewSurvey(settings, survey);
    if (!saved.ok) return saved;
    return { ok: true, value: { formId: survey.formId, url: survey.url } };
  });
}
