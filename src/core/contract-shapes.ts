// The argument shapes of each entry point that takes arguments, as the contract (contract-types.ts, rpc.ts) declares them.
import type { NamedShape, Shape } from './argument-shapes';

const optionalText: Shape = { optional: 'string' };

const CHECK_IN_INPUT: Shape = { fields: { studentId: 'string', kind: 'string', note: 'string', followUp: optionalText, requestId: optionalText } };
const RESOURCE_INPUT: Shape = {
  fields: { title: 'string', url: 'string', type: 'string', tags: 'string', level: 'string', description: optionalText, requestId: optionalText },
};
const SCHEDULE_INPUT: Shape = { fields: { everyWeeks: 'number', weekday: 'string', hour: 'number', paused: { optional: 'boolean' }, reviewBeforeSending: { optional: 'boolean' } } };
const SURVEY_QUESTION: Shape = { fields: { title: 'string', helpText: optionalText, kind: 'string', column: optionalText, required: { optional: 'boolean' }, choices: { optional: { items: 'string' } } } };

const studentId: NamedShape = { name: 'studentId', shape: 'string' };

/** By entry point name: the shapes of its arguments, in order. */
export const ENTRY_POINT_SHAPES = {
  selectStudent: [studentId],
  logCheckIn: [{ name: 'input', shape: CHECK_IN_INPUT }],
  addResource: [{ name: 'input', shape: RESOURCE_INPUT }],
  // Only an object: the settings' own validator reads its values (a window of "14" typed as text included).
  saveSidebarSettings: [{ name: 'settings', shape: { fields: {} } }],
  saveSchedule: [{ name: 'input', shape: SCHEDULE_INPUT }],
  sendNow: [{ name: 'options', shape: { optional: { fields: { again: { optional: 'boolean' } } } } }],
  resolveUnknownSend: [studentId, { name: 'choice', shape: 'string' }],
  skipPlannedStudent: [studentId],
  swapPlannedPick: [studentId, { name: 'fromResourceId', shape: 'string' }, { name: 'toResourceId', shape: 'string' }],
  createSurvey: [{ name: 'questions', shape: { optional: { items: SURVEY_QUESTION } } }, { name: 'requestId', shape: optionalText }],
  resolveSurveyConflict: [studentId, { name: 'column', shape: 'string' }, { name: 'decision', shape: 'string' }],
} satisfies Record<string, readonly NamedShape[]>;
