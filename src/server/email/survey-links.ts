// Each email's own pre-filled link to the newest survey: the survey and its Form are looked up once per run, and only when a first email needs them.
import type { Student } from '../../core/students';
import { openSurveyForm } from '../survey/form-access';
import { prefilledLinks } from '../survey/links';
import { loadSurveySettings } from '../survey/settings';

/** A student's link, or undefined without a survey (or with its Form gone): the email then leaves the block out. */
export type SurveyLinker = (student: Student) => string | undefined;

export function surveyLinker(): SurveyLinker {
  let opened: { survey: NonNullable<ReturnType<typeof newest>>; form: GoogleAppsScript.Forms.Form } | null | undefined;
  return (student) => {
    if (opened === undefined) {
      const survey = newest();
      const form = survey ? openSurveyForm(survey) : null;
      opened = survey && form ? { survey, form } : null;
    }
    return opened ? prefilledLinks(opened.survey, opened.form, [student])[student.id] : undefined;
  };
}

function newest() {
  return loadSurveySettings().surveys.at(-1);
}
