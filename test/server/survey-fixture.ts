// Test helper for survey bundle tests: a class with a created survey, students answering it as on the Forms page.
import type { LocalRuntime } from '../../src/local/runtime/runtime';
import { submitFormResponse, type StudentResponse } from '../../src/local/runtime/scheduler';
import type { FormState } from '../../src/local/runtime/state';
import type { Result, SurveyState } from '../../src/shared/rpc';
import { runOk } from '../helpers/runtime';
import { recordsOf, setUpClass } from './class-fixture';

export const FIRST = 'First name';
export const LAST = 'Last name';
export const CAREERS = 'What careers are you thinking about?';
export const INTERESTS = 'What are your interests?';
export const TYPES = 'Which kinds of resources help you explore your interests?';
export const EMAIL_ME = 'Email me resources every few weeks';
export const GOALS = 'What do you hope to get out of this class?';

/** A set-up class with the default survey created; returns the runtime and the form id. */
export function classWithSurvey(): { runtime: LocalRuntime; formId: string } {
  const runtime = setUpClass();
  const created = runOk<Result<{ formId: string; url: string }>>(runtime, 'createSurvey');
  if (!created.ok) throw new Error(JSON.stringify(created.problems));
  return { runtime, formId: created.value.formId };
}

export function formOf(runtime: LocalRuntime, formId: string): FormState {
  return runtime.state.forms[formId];
}

/** A student's submission; fails the test unless every trigger it fired succeeded. */
export function answer(runtime: LocalRuntime, formId: string, email: string, answers: StudentResponse['answers'], failAt?: number): void {
  const results = submitFormResponse(runtime, formId, { email, answers }, { failAt });
  if (failAt === undefined) for (const r of results) if (r.record.outcome !== 'ok') throw new Error(`${r.record.entryPoint}: ${r.error}`);
}

export function student(runtime: LocalRuntime, email: string): Record<string, unknown> | undefined {
  return recordsOf(runtime, 'Students').find((r) => String(r.Email).toLowerCase() === email.toLowerCase());
}

export function surveyState(runtime: LocalRuntime): SurveyState {
  return runOk<SurveyState>(runtime, 'getSurveyState');
}
