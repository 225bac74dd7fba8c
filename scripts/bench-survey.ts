// Survey benchmark (npx tsx scripts/bench-survey.ts): service calls and simulated Apps Script time of creating the survey, one submission, a sync of 30 waiting responses and the panel's state.
import type { RunResult } from '../src/local/runtime/runtime';
import { submitFormResponse } from '../src/local/runtime/scheduler';
import { BENCH_SIZES, benchClass } from './bench-class';

const WAITING = 30;

function cost(result: RunResult): string {
  const calls = Object.values(result.record.calls).reduce((a, b) => a + b, 0);
  const seconds = (Date.parse(result.record.endedAt) - Date.parse(result.record.startedAt)) / 1000;
  return `${calls} calls, ${seconds.toFixed(1)} s simulated (${result.record.outcome})`;
}

function answers(i: number) {
  return { 'First name': `New${i}`, 'Last name': 'Student', 'What careers are you thinking about?': 'pilot', 'What are your interests?': 'chess, art' };
}

for (const size of BENCH_SIZES) {
  const runtime = benchClass(size);
  const created = runtime.run('createSurvey', []);
  const formId = (created.value as { value: { formId: string } }).value.formId;
  const [handler] = submitFormResponse(runtime, formId, { email: 'new0@bench.example', answers: answers(0) });
  const triggers = runtime.state.triggers;
  runtime.state.triggers = [];
  for (let i = 1; i <= WAITING; i += 1) submitFormResponse(runtime, formId, { email: `new${i}@bench.example`, answers: answers(i) });
  runtime.state.triggers = triggers;
  const started = performance.now();
  const sync = runtime.run('syncSurveyResponses', []);
  const real = performance.now() - started;
  const state = runtime.run('getSurveyState', []);
  console.log(`${size} students`);
  console.log(`  createSurvey: ${cost(created)}`);
  console.log(`  one submission (form-submit handler): ${cost(handler)}`);
  console.log(`  sync of ${WAITING} waiting responses: ${cost(sync)}, ${real.toFixed(0)} ms real, ${JSON.stringify(sync.value)}`);
  console.log(`  getSurveyState: ${cost(state)}`);
}
