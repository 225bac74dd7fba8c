// The demo's interest survey: created by the add-on's own createSurvey, then answered by a few demo students as on the Forms page.
import type { LocalRuntime } from '../runtime/runtime';
import { submitFormResponse } from '../runtime/scheduler';
import { headerRow, requireTab } from './by-header';
import { readValues } from '../services/spreadsheet/state-access';
import { runOrThrow } from './run-or-throw';
import { TAB_STUDENTS } from './rows';

const CAREERS = 'What careers are you thinking about?';
const INTERESTS = 'What are your interests?';
const BROUGHT = 'What brought you to this class?';

/**
 * Creates the default survey and submits four responses: three demo students (one typing their
 * address in capitals, one whose career differs from the teacher's entry, so the Survey panel
 * shows a conflict) and one student not yet on the roster. Returns how many responses were sent.
 */
export function seedDemoSurvey(runtime: LocalRuntime): number {
  const created = runOrThrow(runtime, 'createSurvey').value as { ok: boolean; value?: { formId: string } };
  if (!created.ok || !created.value) throw new Error('createSurvey failed on the demo class.');
  const { formId } = created.value;
  const sheet = requireTab(runtime.state, TAB_STUDENTS);
  const headers = headerRow(sheet);
  const students = readValues(sheet)
    .slice(1, 4)
    .map((row) => Object.fromEntries(headers.map((h, i) => [h, String(row[i] ?? '')])));
  const answers: Record<string, string>[] = [
    { [INTERESTS]: 'drawing, volleyball', [BROUGHT]: 'My sister loved this class.' },
    { [CAREERS]: 'game designer', [INTERESTS]: 'video games' },
    { [BROUGHT]: 'I want to study science in college.' },
  ];
  students.forEach((student, i) => {
    const email = i === 0 ? student['Email'].toUpperCase() : student['Email'];
    submitFormResponse(runtime, formId, { email, answers: { 'First name': student['First name'], 'Last name': student['Last name'], ...answers[i] } });
  });
  submitFormResponse(runtime, formId, { email: 'new.student@students.example.edu', answers: { 'First name': 'Noor', 'Last name': 'Haddad', [CAREERS]: 'architect', 'Email me resources every few weeks': 'Yes' } });
  return students.length + 1;
}
