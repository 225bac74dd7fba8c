// Each email's own pre-filled link to the newest survey: the survey, its Form and one link template are looked up once per run, and only when a first email needs them.
import type { Settings } from '../../core/settings/settings';
import type { Student } from '../../core/students';
import { readSurveyStore } from '../../core/survey/survey-store';
import { readSettings } from '../settings-store';
import { openSurveyForm } from '../survey/form-access';
import { prefilledLink, surveyPrefillTemplate } from '../survey/links';

/** A student's link, or undefined without a survey (or with its Form gone): the email then leaves the block out. */
export type SurveyLinker = (student: Student) => string | undefined;

/** `settings`: the properties as this run read them (the send engine reads them once per run). */
export function surveyLinker(settings: Settings = readSettings()): SurveyLinker {
  let template: string | null | undefined;
  return (student) => {
    if (template === undefined) {
      const survey = newest(settings);
      const form = survey ? openSurveyForm(survey) : null;
      template = survey && form ? surveyPrefillTemplate(survey, form) : null;
    }
    return template === null ? undefined : prefilledLink(template, student);
  };
}

function newest(settings: Settings) {
  return readSurveyStore(settings.properties).surveys.at(-1);
}
