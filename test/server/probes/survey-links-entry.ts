// The add-on's entry points plus newestSurveyLinks, bundled by test/server/survey-links.test.ts until the emails (issue 10) call it.
import { newestSurveyLinks, type LinkStudent } from '../../../src/server/survey/links';

export * from '../../../src/server/main';

export function surveyLinks(students: LinkStudent[]) {
  return newestSurveyLinks(students);
}
