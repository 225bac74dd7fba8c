// Who has answered the newest survey, per section, and who is due a reminder today.
import type { StudentRef } from '../contract-types';
import type { SurveySectionProgress } from './types';
import type { Cell } from '../cells';
import type { ColumnMap } from '../headers';
import type { Student } from '../students';
import { FIRST_DATA_ROW, type TabValues } from '../table';
import { editableRow, type EditableRow } from './row-edit';
import { hasAnswered } from './record';

const NO_SECTION = 'No section';

function ref(student: Student): StudentRef {
  return { id: student.id, name: student.name, section: student.section, row: student.row };
}

export function editableRowOf(values: TabValues, map: ColumnMap, student: Student): EditableRow {
  return editableRow(map, values.rows[student.row - FIRST_DATA_ROW] as Cell[], student.row);
}

/** Per section (sorted, "No section" last), the students who answered `formId` and those who have not, by name. */
export function surveyProgress(values: TabValues, map: ColumnMap, students: readonly Student[], formId: string): SurveySectionProgress[] {
  const sections = new Map<string, SurveySectionProgress>();
  for (const student of students) {
    const name = student.section || NO_SECTION;
    const entry = sections.get(name) ?? { section: name, responded: [], waiting: [] };
    sections.set(name, entry);
    (hasAnswered(editableRowOf(values, map, student).record, formId) ? entry.responded : entry.waiting).push(ref(student));
  }
  const byName = (a: StudentRef, b: StudentRef) => a.name.localeCompare(b.name);
  return [...sections.values()]
    .map((s) => ({ ...s, responded: s.responded.sort(byName), waiting: s.waiting.sort(byName) }))
    .sort((a, b) => (a.section === NO_SECTION ? 1 : b.section === NO_SECTION ? -1 : a.section.localeCompare(b.section, 'en', { numeric: true })));
}

export interface ChasePlan {
  /** Students to email today, in roster order. */
  due: Student[];
  alreadyToday: number;
  optedOut: number;
  noEmail: number;
}

/** Students who have not answered `formId`: those to remind today, and why the others are not. */
export function chasePlan(values: TabValues, map: ColumnMap, students: readonly Student[], formId: string, today: string): ChasePlan {
  const plan: ChasePlan = { due: [], alreadyToday: 0, optedOut: 0, noEmail: 0 };
  for (const student of students) {
    const { record } = editableRowOf(values, map, student);
    if (hasAnswered(record, formId)) continue;
    if (student.optOut) plan.optedOut += 1;
    else if (!student.emailUsable) plan.noEmail += 1;
    else if (record.chased === today) plan.alreadyToday += 1;
    else plan.due.push(student);
  }
  return plan;
}
