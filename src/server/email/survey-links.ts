// Each email's own pre-filled link to the newest survey: the survey and its Form are looked up once per run, and only when a first email needs them.
import type { Settings } from '../../core/settings/settings';
import type { Student } from '../../core/students';
import { readSurveyStore } from '../../core/survey/survey-store';
import { readSettings } from '../settings-store';
import { openSurveyForm } from '../survey/form-access';
import { prefilledLinks } from '../survey/links';

/** A student's link, or undefined without a survey (or with its Form gone): the email then leaves the block out. */
export type SurveyLinker = (student: Student) => string | undefined;

/** `settings`: the properties as this run read them (the send engine reads them once per run). */
export function surveyLinker(settings: Settings = readSettings()): SurveyLinker {
  let opened: { survey: NonNullable<ReturnType<typeof newest>>; form: GoogleAppsScript.Forms.Form } | null | undefined;
  return (student) => {
    if (opened === undefined) {
      const survey = newest(settings);
      const form = survey ? openSurveyForm(survey) : null;
      opened = survey && form ? { survey, form } : null;
    }
    return opened ? prefilledLinks(opened.survey, opened.form, [student])[student.id] : undefined;
  };
}

function newest(settings: Settings) {
  return readSurveyStore(settings.properties).surveys.at(-1);
}
