// What a sending run reads: Students, Resources and the Sent log, each with one getValues, parsed; a missing tab or column stops the run by name.
import type { Problem } from '../../shared/rpc';
import { mapColumns, type ColumnMap } from '../../core/headers';
import { parseResources, type Resource } from '../../core/resources';
import { RESOURCES, SENT_LOG, STUDENTS, type TabKey } from '../../core/schema';
import { sentLogModel, type SentLogModel } from '../../core/sending/cycle-log';
import { parseSentLog, type SentEntry } from '../../core/sent-log';
import { parseRoster, type Student } from '../../core/students';
import { lastUsedRow } from '../../core/table';
import type { SpreadsheetContext } from '../spreadsheet-context';
import type { Sheet } from '../tabs';
import { loadTabs } from '../workspace-loader';

const SENDING_TABS: readonly TabKey[] = ['students', 'resources', 'sentLog'];

/** A tab as the run read it: where it is and how its columns were found (a batch reads some of them again). */
export interface ReadTab {
  sheet: Sheet;
  map: ColumnMap;
}

export interface ClassData {
  students: Student[];
  resources: Resource[];
  studentsTab: ReadTab;
  resourcesTab: ReadTab;
  sent: SentEntry[];
  sentLog: SentLogModel;
  sentLogSheet: Sheet;
  /** The Sent log's last used sheet row as read: new rows go after it. */
  sentLogLastRow: number;
}

export type LoadedClass = { ok: true; data: ClassData } | { ok: false; problems: Problem[] };

export function loadClassData(context: SpreadsheetContext): LoadedClass {
  const loaded = loadTabs(context, SENDING_TABS);
  const { students, resources, sentLog } = loaded.values;
  const { sentLog: sheet, students: studentsSheet, resources: resourcesSheet } = loaded.tabs;
  if (loaded.structureProblems.length > 0 || !students || !resources || !sentLog || !sheet || !studentsSheet || !resourcesSheet) return { ok: false, problems: loaded.structureProblems };
  const sentMap = mapColumns(SENT_LOG, sentLog.header);
  const studentsMap = mapColumns(STUDENTS, students.header);
  const resourcesMap = mapColumns(RESOURCES, resources.header);
  return {
    ok: true,
    data: {
      students: parseRoster(students.rows, studentsMap, context.dates).students,
      resources: parseResources(resources.rows, resourcesMap, context.dates).resources,
      studentsTab: { sheet: studentsSheet, map: studentsMap },
      resourcesTab: { sheet: resourcesSheet, map: resourcesMap },
      sent: parseSentLog(sentLog.rows, sentMap, context.dates),
      sentLog: sentLogModel(sentMap, sentLog),
      sentLogSheet: sheet,
      sentLogLastRow: lastUsedRow(sentLog),
    },
  };
}
