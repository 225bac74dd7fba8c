// The benchmark's sidebar-call measures: opening the sidebar (getSidebarState) and the writes a teacher or student makes (a check-in, a resource, a survey response).
import type { LocalRuntime } from '../../src/local/runtime/runtime';
import { submitFormResponse } from '../../src/local/runtime/scheduler';
import { costOf, medianTimed, succeeded, type Cost } from './measure';

export interface ActionsMeasure {
  open: Cost & { realMs: number };
  checkIn: Cost;
  addResource: Cost;
  surveyResponse: Cost;
}

export function measureActions(runtime: LocalRuntime): ActionsMeasure {
  const open = medianTimed(3, () => succeeded(runtime.run('getSidebarState', [])));
  const checkIn = succeeded(runtime.run('logCheckIn', [{ studentId: 'stu-00010', kind: 'greeting', note: 'Asked about the robotics club' }]));
  const addResource = succeeded(runtime.run('addResource', [{ title: 'Bench resource', url: 'https://www.example.org/bench', type: 'article', tags: 'robotics', level: 'intro', description: '' }]));
  const created = runtime.run('createSurvey', []).value as { ok: boolean; value: { formId: string } };
  if (!created.ok) throw new Error(`createSurvey: ${JSON.stringify(created)}`);
  const [handler] = submitFormResponse(runtime, created.value.formId, {
    email: 'student.new@bench.example',
    answers: { 'First name': 'New', 'Last name': 'Student', 'What careers are you thinking about?': 'pilot', 'What are your interests?': 'chess, art' },
  });
  return {
    open: { ...costOf([open.value]), realMs: open.ms },
    checkIn: costOf([checkIn]),
    addResource: costOf([addResource]),
    surveyResponse: costOf([succeeded(handler)]),
  };
}
