// The card's summary of the logs (core/card-summary.ts): a hidden tab set-up creates, rebuilt by the card, forgotten by every Rapport write to Check-ins or the Sent log.
import { safeCellText, type Cell } from '../core/cells';
import type { CardLogs } from '../core/card';
import { CARD_SUMMARY_TAB, cardSummaryRows, digestOf, parseStamp, rosterDigest, stampIsCurrent, summaryLookup, type CardSummaryStamp } from '../core/card-summary';
import type { Workspace } from '../core/workspace';
import { ifDocumentUnlocked } from './document-lock';
import type { SpreadsheetContext } from './spreadsheet-context';
import type { Sheet } from './tabs';
import { loadWorkspace } from './workspace-loader';
import { appendRows } from './writes';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The stamp of the summary now in the tab; absent means "read the logs". */
const STAMP = 'rapport.cardSummary';

function documentProperties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

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
 * Rebuilds the summary from the three tabs, read again under the document lock so no write to a
 * log can fall between the read and the stamp; skipped when another action holds the lock or
 * set-up has not made the tab yet (the card then reads the logs). The cells are flushed before
 * the stamp is set, so a stamp never describes cells a kill discarded.
 */
export function rebuildCardSummary(context: SpreadsheetContext, logs: LogTabs): void {
  const summary = context.spreadsheet.getSheetByName(CARD_SUMMARY_TAB);
  if (!summary) return;
  ifDocumentUnlocked(() => {
    const { workspace } = loadWorkspace(context);
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
}

/** For an action that read every tab anyway: a stamp whose summary no longer matches them (a teacher's edit inside a row) is forgotten. */
export function forgetCardSummaryUnlessCurrent(workspace: Workspace): void {
  const stamp = parseStamp(documentProperties().getProperty(STAMP));
  if (stamp && stamp.digest !== digestOf(cardSummaryRows(workspace.checkIns, workspace.sent) ?? [])) forgetCardSummary();
}
