// Workspace pieces the add-on cannot make yet from the CLI alone: a survey form, an hourly trigger, a sent email.
import type { FormState, SentMailState, TriggerState, WorkspaceState } from '../../../src/local/runtime/state';

export function surveyForm(id = 'form-1'): FormState {
  return {
    id,
    title: 'Interest survey',
    description: '',
    emailCollection: 'VERIFIED',
    acceptingResponses: true,
    items: [
      { id: 101, type: 'PARAGRAPH_TEXT', title: 'What are you interested in?', helpText: '', required: true },
      { id: 102, type: 'CHECKBOX', title: 'Which kinds of resources help you?', helpText: '', required: false, choices: ['article', 'video', 'podcast'] },
    ],
    responses: [],
  };
}

/** An hourly clock trigger on onOpen (a harmless handler), first due half an hour from now. */
export function hourlyTrigger(state: WorkspaceState): TriggerState {
  return {
    uid: 'trigger-1',
    handler: 'onOpen',
    owner: state.user.email,
    sourceId: state.activeSpreadsheetId!,
    eventType: 'CLOCK',
    clock: { everyHours: 1 },
    nextRun: state.clock.now + 30 * 60_000,
  };
}

export function sentEmail(state: WorkspaceState): SentMailState {
  return {
    id: 'mail-1',
    sentAt: state.clock.now,
    from: state.user.email,
    to: ['maya.okafor@students.example.edu'],
    cc: [],
    bcc: [],
    subject: 'Three things for you, Maya',
    body: 'Hi Maya',
    htmlBody: '<p>Hi Maya</p><script>alert(1)</script>',
  };
}
