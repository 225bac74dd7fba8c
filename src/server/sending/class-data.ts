// What a sending run reads: Students, Resources and the Sent log, each with one getValues, parsed; a missing tab or column stops the run by name.
import type { Problem } from '../../shared/rpc';
import { mapColumns } from '../../core/headers';
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

export interface ClassData {
  students: Student[];
  resources: Resource[];
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
  const sheet = loaded.tabs.sentLog;
  if (loaded.structureProblems.length > 0 || !students || !resources || !sentLog || !sheet) return { ok: false, problems: loaded.structureProblems };
  const sentMap = mapColumns(SENT_LOG, sentLog.header);
  return {
    ok: true,
    data: {
      students: parseRoster(students.rows, mapColumns(STUDENTS, students.header), context.dates).students,
      resources: parseResources(resources.rows, mapColumns(RESOURCES, resources.header), context.dates).resources,
      sent: parseSentLog(sentLog.rows, sentMap, context.dates),
      sentLog: sentLogModel(sentMap, sentLog),
      sentLogSheet: sheet,
      sentLogLastRow: lastUsedRow(sentLog),
    },
  };
}
