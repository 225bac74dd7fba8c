// createSurvey: the questions checked, the Form built (email collected, answers into this spreadsheet), its mapping saved, the trigger installed; a retry of a request converges.
import { cutText } from '../../core/text-cut';
import type { Result, SurveyNotice, SurveyQuestion } from '../../shared/rpc';
import { requestIdOf } from '../../core/request-ids';
import type { PendingSurvey } from '../../core/settings/survey-settings';
import { roomForSurvey } from '../../core/survey/survey-store';
import { DEFAULT_QUESTIONS, validateQuestions } from '../../core/survey/questions';
import type { SurveyDefinition } from '../../core/survey/definition';
import { prefillTemplate } from './links';
import { withDocumentLock } from '../document-lock';
import { openSpreadsheetContext } from '../spreadsheet-context';
import { loadTabs } from '../workspace-loader';
import { addQuestions } from './form-build';
import { ensureSubmitTrigger } from './submit-trigger';
import { addSurveyNotices, loadSurveySettings, saveSurveys, type LoadedSurveySettings } from './settings';

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

/** Said once the next createSurvey finds a mark without a Form id: the kill came just before or just after Forms made a Form. */
function leftOverNotice(pending: PendingSurvey, at: string): SurveyNotice {
  const when = pending.startedAt ? ` on ${pending.startedAt.slice(0, 10)} at ${pending.startedAt.slice(11, 16)} UTC` : '';
  return {
    at,
    message: `Creating the survey "${pending.title}"${when} was interrupted as Google Forms was making its Form. If an empty Form of that name from then is in your Google Drive, it is left over and unused: you can delete it. The survey Rapport created since is the one it uses.`,
  };
}

/**
 * The Form to build into. A Form a killed createSurvey recorded as pending is emptied and reused.
 * Otherwise a new one, with a pending mark written before FormApp.create and its id right after,
 * so a kill leaves either a Form the next call reuses or a mark that has it reported, never a
 * second Form made silently. A pending id that is already a finished survey is never touched.
 */
function formFor(settings: LoadedSurveySettings, mark: PendingSurvey): Result<Form> {
  const pending = settings.pending;
  if (pending?.formId && !settings.surveys.some((s) => s.formId === pending.formId)) {
    try {
      const form = FormApp.openById(pending.formId);
      for (const item of form.getItems()) form.deleteItem(item);
      return { ok: true, value: form.setTitle(mark.title) };
    } catch {
      // Deleted since: make a new one.
    }
  }
  if (pending && pending.formId === null) addSurveyNotices(settings, [leftOverNotice(pending, mark.startedAt)]);
  const marked = saveSurveys({ pending: mark });
  if (!marked.ok) return marked;
  const form = FormApp.create(mark.title);
  const recorded = saveSurveys({ pending: { ...mark, formId: form.getId() } });
  return recorded.ok ? { ok: true, value: form } : recorded;
}

/**
 * Under the document lock. Needs the Students tab (set-up first). A request id already recorded
 * with a survey answers with that survey: a retry after a kill that came once the survey was
 * recorded makes nothing new. Otherwise the store must have room for the survey before any Form is
 * made; the trigger is installed (it converges, submit-trigger.ts), and the survey recorded last,
 * with the pending mark cleared, in one write.
 */
export function createSurveyForm(questions?: SurveyQuestion[], requestIdInput?: string): Result<{ formId: string; url: string }> {
  const valid = validateQuestions(questions === undefined || questions === null ? DEFAULT_QUESTIONS : questions);
  if (!valid.ok) return valid;
  const requestId = requestIdOf(requestIdInput);
  if (!requestId.ok) return requestId;
  const context = openSpreadsheetContext();
  return withDocumentLock(() => {
    const loaded = loadTabs(context, ['students']);
    if (loaded.structureProblems.length > 0) return { ok: false, problems: loaded.structureProblems };
    const settings = loadSurveySettings();
    if (settings.problem) return { ok: false, problems: [settings.problem] };
    const done = requestId.value ? settings.surveys.find((s) => s.requestId === requestId.value) : undefined;
    if (done) {
      ensureSubmitTrigger(context.spreadsheet);
      return { ok: true, value: { formId: done.formId, url: done.url } };
    }
    const title = cutText(`Getting to know you: ${context.spreadsheet.getName()}`, 200);
    const createdAt = context.now.toISOString();
    const full = roomForSurvey(settings.properties, { title, questions: valid.value, requestId: requestId.value, createdAt });
    if (full) return { ok: false, problems: [full] };
    const made = formFor(settings, { requestId: requestId.value, formId: null, title, startedAt: createdAt });
    if (!made.ok) return made;
    const form = made.value;
    form.setDescription(DESCRIPTION).setConfirmationMessage(CONFIRMATION);
    collectEmail(form);
    const items = addQuestions(form, valid.value);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, context.spreadsheet.getId());
    const survey: SurveyDefinition = {
      formId: form.getId(),
      title,
      url: form.getPublishedUrl(),
      editUrl: form.getEditUrl(),
      createdAt,
      requestId: requestId.value,
      items,
      mergedThrough: null,
    };
    survey.prefillTemplate = prefillTemplate(survey, form);
    ensureSubmitTrigger(context.spreadsheet);
    const saved = saveSurveys({ surveys: [survey], pending: null });
    if (!saved.ok) return saved;
    return { ok: true, value: { formId: survey.formId, url: survey.url } };
  });
}
