// What set-up did, said in one short message for the toast after "Set up class" from the menu.
import type { SetupReport } from './contract-types';

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function describeSetup(report: SetupReport): string {
  const parts: string[] = [];
  if (report.createdTabs.length > 0) parts.push(`created the ${list(report.createdTabs)} tab${report.createdTabs.length > 1 ? 's' : ''}`);
  if (report.addedColumns.length > 0) parts.push(`added ${list(report.addedColumns.map((c) => `${c.column} (${c.tab})`))}`);
  if (report.protectedTabs?.length) parts.push(`protected ${list(report.protectedTabs)} again`);
  if (report.assignedStudentIds) parts.push(`gave ${report.assignedStudentIds} student${report.assignedStudentIds > 1 ? 's' : ''} an ID`);
  if (report.assignedResourceIds) parts.push(`gave ${report.assignedResourceIds} resource${report.assignedResourceIds > 1 ? 's' : ''} an ID`);
  if (parts.length === 0) return 'Your class is already set up; nothing was changed.';
  const sentence = parts.join('; ');
  return `Rapport ${sentence}.`;
}
