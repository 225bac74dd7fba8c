// The card's summary of the Sent log (core/sent-summary.ts): a hidden tab set-up creates, rebuilt by the card, forgotten by every write to the log.
import { safeCellText, type Cell } from '../core/cells';
import type { SentResourceSummary } from '../core/contract-types';
import { mapColumns } from '../core/headers';
import { SENT_LOG } from '../core/schema';
import { parseSentLog, type SentEntry } from '../core/sent-log';
import { digestOf, parseStamp, SENT_SUMMARY_TAB, sentSummaryRows, stampIsCurrent, summaryLookup, type SentSummaryStamp } from '../core/sent-summary';
import { ifDocumentUnlocked } from './document-lock';
import type { SpreadsheetContext } from './spreadsheet-context';
import { readTab, type Sheet } from './tabs';
import { appendRows } from './writes';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The stamp of the summary now in the tab; absent means "read the Sent log". */
const STAMP = 'rapport.sentSummary';

function documentProperties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

/**
 * Called under the document lock before Rapport writes the Sent log: the property goes at once
 * (properties are not buffered like cells), so a run killed after it, with its sheet writes kept
 * or not, leaves no stamp that would vouch for an old summary.
 */
export function forgetSentSummary(): void {
  documentProperties().deleteProperty(STAMP);
}

/**
 * Set-up's step for the summary tab: created hidden when missing, the teacher's selection put back
 * (insertSheet shows the new tab), or hidden again. Checked first, so a killed set-up is finished.
 */
export function setUpSentSummaryTab(spreadsheet: Spreadsheet): void {
  const existing = spreadsheet.getSheetByName(SENT_SUMMARY_TAB);
  if (existing) {
    if (!existing.isSheetHidden()) existing.hideSheet();
    return;
  }
  const selection = spreadsheet.getActiveRange();
  spreadsheet.insertSheet(SENT_SUMMARY_TAB).hideSheet();
  if (selection) spreadsheet.setActiveRange(selection);
}

/**
 * Each student's sent list from the summary, in four calls whatever the log's length (the stamp,
 * the log's last row, the tab, its cells); null when there is no stamp, the log has gained or lost
 * rows, the summary is older than its time limit, or its cells are not the ones stamped.
 */
export function readSentSummary(spreadsheet: Spreadsheet, sentLog: Sheet, now: Date): Map<string, SentResourceSummary[]> | null {
  const stamp = parseStamp(documentProperties().getProperty(STAMP));
  if (!stamp || !stampIsCurrent(stamp, sentLog.getLastRow(), now.getTime())) return null;
  const summary = spreadsheet.getSheetById(stamp.sheetId);
  return summary ? summaryLookup(summary.getDataRange().getValues() as Cell[][], stamp) : null;
}

/**
 * Rebuilds the summary from the Sent log, read again under the document lock so no write to the
 * log can fall between the read and the stamp; skipped when another action holds the lock or
 * set-up has not made the tab yet (the card then reads the log). The cells are flushed before the
 * stamp is set, so a stamp never describes cells a kill discarded.
 */
export function rebuildSentSummary(context: SpreadsheetContext, sentLog: Sheet): void {
  const summary = context.spreadsheet.getSheetByName(SENT_SUMMARY_TAB);
  if (!summary) return;
  ifDocumentUnlocked(() => {
    const values = readTab(sentLog);
    const rows = sentSummaryRows(parseSentLog(values.rows, mapColumns(SENT_LOG, values.header), context.dates));
    if (!rows) return;
    summary.clearContents();
    appendRows(summary, 0, rows.map(([id, list]) => [safeCellText(id), list]));
    SpreadsheetApp.flush();
    const stamp: SentSummaryStamp = { sheetId: summary.getSheetId(), sentLogRows: sentLog.getLastRow(), builtAt: context.now.getTime(), digest: digestOf(rows) };
    documentProperties().setProperty(STAMP, JSON.stringify(stamp));
  });
}

/** For an action that read the whole log anyway: a stamp whose summary no longer matches it (a teacher's edit inside a row) is forgotten. */
export function forgetSentSummaryUnlessCurrent(sent: readonly SentEntry[]): void {
  const stamp = parseStamp(documentProperties().getProperty(STAMP));
  if (stamp && stamp.digest !== digestOf(sentSummaryRows(sent) ?? [])) forgetSentSummary();
}
