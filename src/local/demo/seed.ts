// Seeds the demo class into the tabs the add-on's own setupClass created, value by header.
import type { LocalRuntime } from '../runtime/runtime';
import { appendByHeader, boundSpreadsheet } from './by-header';
import { demoCheckIns } from './check-ins';
import { demoResources } from './resources';
import { TAB_CHECK_INS, TAB_RESOURCES, TAB_STUDENTS } from './rows';
import { demoStudents } from './students';
import { runOrThrow } from './run-or-throw';
import { selectRow } from '../cli/selection';

export interface SeedReport {
  students: number;
  resources: number;
  checkIns: number;
}

/**
 * Runs the add-on's setupClass as the teacher would, then fills its tabs by header: the tabs and
 * headers are the add-on's, so the demo shows what a teacher would really have. Leaves the first
 * student's row selected.
 */
export function seedDemoClass(runtime: LocalRuntime): SeedReport {
  const { state } = runtime;
  runOrThrow(runtime, 'setupClass');
  const now = state.clock.now;
  const { timeZone } = boundSpreadsheet(state);
  const students = demoStudents(now, timeZone);
  const report = {
    students: appendByHeader(state, TAB_STUDENTS, students),
    resources: appendByHeader(state, TAB_RESOURCES, demoResources(now, timeZone)),
    checkIns: appendByHeader(state, TAB_CHECK_INS, demoCheckIns(students, now, timeZone)),
  };
  // The teacher has clicked the first student, so the sidebar opens on a student card.
  selectRow(state, TAB_STUDENTS, 2);
  return report;
}
