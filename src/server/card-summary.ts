// The card's summary of the logs (core/card-summary.ts): a hidden tab set-up creates, rebuilt by the card, forgotten by every Rapport write to Check-ins or the Sent log.
import { safeCellText, type Cell } from '../core/cells';
import type { CardLogs } from '../core/card';
import { CARD_SUMMARY_TAB, cardSummaryRows, digestOf, parseStamp, rosterDigest, stampIsCurrent, summaryLookup, type CardSummaryStamp } from '../core/card-summary';
import type { Workspace } from '../core/workspace';
import { ifDocumentUnlocked } from './document-lock';
import type { SpreadsheetContext } from './spreadsheet-context';
import type { Sheet } from './tabs';
import { documentProperties } from './settings-store';
import { loadWorkspace, type LoadedWorkspace } from './workspace-loader';
import { appendRows } from './writes';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The stamp of the summary now in the tab; absent means "read the logs". */
const STAMP = 'rapport.cardSummary';

/**
 * The stamp emptied, for a writer to merge into a setProperties call it makes anyway: the send
 * engine saves its cycle record before each batch and at the end of each run, so the summary is
 * forgotten around every status write at no extra call (parseStamp reads '' as no stamp).
 */
export const FORGOTTEN_CARD_SUMMARY: Readonly<Record<string, string>> = { [STAMP]: '' };

/**
 * Called under the document lock before Rapport writes Check-ins or the Sent log: the property
 * goes at once (properties are not buffered like cells), so a run killed after it, its sheet
 * writes kept or not, leaves no stamp that would vouch for an old summary.
 */
export function forgetCardSummary(): void {
  documentProperties().deleteProperty(STAMP);
}

/**
 * Set-up's step for the summary tab: created hidden when missing, the teacher's selection put back
 * (insertSheet shows the new tab), or hidden again. Checked first, so a killed set-up is finished.
 */
export function setUpCardSummaryTab(spreadsheet: Spreadsheet): void {
  const existing = spreadsheet.getSheetByName(CARD_SUMMARY_TAB);
  if (existing) {
    if (!existing.isSheetHidden()) existing.hideSheet();
    return;
  }
  const selection = spreadsheet.getActiveRange();
  spreadsheet.insertSheet(CARD_SUMMARY_TAB).hideSheet();
  if (selection) spreadsheet.setActiveRange(selection);
}

export interface LogTabs {
  checkIns: Sheet;
  sentLog: Sheet;
}

/**
 * Each student's logs from the summary, in five calls whatever the logs' length (the stamp, two
 * last rows, the tab, its cells); null when there is no stamp, a log has gained or lost rows, the
 * roster's ids or names changed, the summary is older than its time limit, or its cells are not
 * the ones stamped.
 */
export function readCardSummary(spreadsheet: Spreadsheet, logs: LogTabs, students: readonly { id: string; name: string }[], now: Date): Map<string, CardLogs> | null {
  const stamp = parseStamp(documentProperties().getProperty(STAMP));
  if (!stamp) return null;
  const sources = { checkInsRows: logs.checkIns.getLastRow(), sentLogRows: logs.sentLog.getLastRow(), roster: rosterDigest(students), now: now.getTime() };
  if (!stampIsCurrent(stamp, sources)) return null;
  const summary = spreadsheet.getSheetById(stamp.sheetId);
  return summary ? summaryLookup(summary.getDataRange().getValues() as Cell[][], stamp) : null;
}

/**
 * Reads the three tabs under the document lock and rebuilds the summary from them, so no write to
 * a log can fall between the read and the stamp; returns what it read, for the card that asked
 * (one read of the logs, not one outside the lock and another inside). Null, with nothing read,
 * when another action holds the lock or set-up has not made the tab yet: the card then reads the
 * logs itself. The cells are flushed before the stamp is set, so a stamp never describes cells a
 * kill discarded.
 */
export function rebuildCardSummary(context: SpreadsheetContext, logs: LogTabs): LoadedWorkspace | null {
  const summary = context.spreadsheet.getSheetByName(CARD_SUMMARY_TAB);
  if (!summary) return null;
  let loaded: LoadedWorkspace | null = null;
  ifDocumentUnlocked(() => {
    loaded = loadWorkspace(context);
    const { workspace } = loaded;
    const rows = workspace && cardSummaryRows(workspace.checkIns, workspace.sent);
    if (!workspace || !rows) return;
    summary.clearContents();
    appendRows(summary, 0, rows.map(([id, ...logsOf]) => [safeCellText(id), ...logsOf]));
    SpreadsheetApp.flush();
    const stamp: CardSummaryStamp = {
      sheetId: summary.getSheetId(),
      checkInsRows: logs.checkIns.getLastRow(),
      sentLogRows: logs.sentLog.getLastRow(),
      roster: rosterDigest(workspace.students),
      builtAt: context.now.getTime(),
      digest: digestOf(rows),
    };
    documentProperties().setProperty(STAMP, JSON.stringify(stamp));
  });
  return loaded;
}

/** For an action that read every tab and the properties anyway: a stamp whose summary no longer matches the tabs (a teacher's edit inside a row) is forgotten. */
export function forgetCardSummaryUnlessCurrent(workspace: Workspace, properties: Readonly<Record<string, string>>): void {
  const stamp = parseStamp(properties[STAMP] ?? null);
  if (stamp && stamp.digest !== digestOf(cardSummaryRows(workspace.checkIns, workspace.sent) ?? [])) forgetCardSummary();
}
