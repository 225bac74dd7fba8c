// Spreadsheet: the document: its tabs, the teacher's selection, ranges by A1 with a sheet name, toasts.
import { appsScriptError, MESSAGES } from '../../runtime/errors';
import { emptySheet, type SheetState, type SpreadsheetState } from '../../runtime/state';
import { splitSheetName, type GridRange } from './a1';
import type { Gate } from './gate';
import { sheetExists, SPREADSHEET_MESSAGES } from './messages';
import { protectionsOf, type LocalProtection } from './protection';
import { gridFromA1, LocalRange, selectRange } from './range';
import { LocalSheet } from './sheet';
import { pushCapped } from './ui';
import { isKnownTimeZone } from '../calendar-dates';
import { formUrl } from '../form-urls';
import { UNCONFIRMED } from '../unconfirmed-messages';

export class LocalSpreadsheet {
  constructor(
    private readonly gate: Gate,
    readonly spreadsheet: SpreadsheetState,
  ) {}

  getId(): string {
    this.gate.call('getId');
    return this.spreadsheet.id;
  }

  getName(): string {
    this.gate.call('getName');
    return this.spreadsheet.name;
  }

  getUrl(): string {
    this.gate.call('getUrl');
    return `https://docs.google.com/spreadsheets/d/${this.spreadsheet.id}/edit`;
  }

  /** The spreadsheet's own zone, which in general differs from the script's (APPS_SCRIPT_FACTS.md, Time). */
  getSpreadsheetTimeZone(): string {
    this.gate.call('getSpreadsheetTimeZone');
    return this.spreadsheet.timeZone;
  }

  /**
   * Models setSpreadsheetTimeZone [C]: an IANA name the platform knows; anything else is refused
   * with 'Invalid argument: timeZone' [U text]. Applies at once; cells keep their instants, so a
   * date typed before shows at the new zone's wall clock.
   */
  setSpreadsheetTimeZone(timeZone: string): void {
    this.gate.call('setSpreadsheetTimeZone');
    if (typeof timeZone !== 'string' || !isKnownTimeZone(timeZone)) throw appsScriptError(UNCONFIRMED.invalidArgument('timeZone'));
    this.spreadsheet.timeZone = timeZone;
  }

  /**
   * Models getFormUrl [C]: the URL of a form that sends its responses here, or null; with several
   * forms, which one is "indeterminate" (reference) — locally the first linked tab's.
   */
  getFormUrl(): string | null {
    this.gate.call('getFormUrl');
    const formId = this.spreadsheet.sheets.find((sheet) => sheet.formId !== undefined)?.formId;
    return formId === undefined ? null : formUrl(formId);
  }

  getSpreadsheetLocale(): string {
    this.gate.call('getSpreadsheetLocale');
    return this.spreadsheet.locale;
  }

  getSheets(): LocalSheet[] {
    this.gate.call('getSheets');
    return this.spreadsheet.sheets.map((sheet) => this.wrap(sheet));
  }

  getNumSheets(): number {
    this.gate.call('getNumSheets');
    return this.spreadsheet.sheets.length;
  }

  /** Exact, case-sensitive name; null when no tab has it. */
  getSheetByName(name: string): LocalSheet | null {
    this.gate.call('getSheetByName');
    const sheet = this.spreadsheet.sheets.find((candidate) => candidate.name === name);
    return sheet ? this.wrap(sheet) : null;
  }

  getSheetById(id: number): LocalSheet | null {
    this.gate.call('getSheetById');
    const sheet = this.spreadsheet.sheets.find((candidate) => candidate.sheetId === id);
    return sheet ? this.wrap(sheet) : null;
  }

  /**
   * Models insertSheet(), insertSheet(index), insertSheet(name) and insertSheet(name, index):
   * index is 0-based (Google's reference [C]); the tab is 1000 × 26 [P: the Sheets API's default
   * grid] and becomes the active sheet, as scripts see the UI switch to it [U: not found in a
   * source]; a taken name throws Apps Script's duplicate message [C]; an unnamed tab is 'SheetN'
   * [U]. It applies at once (structural).
   */
  insertSheet(nameOrIndex?: string | number, index?: number): LocalSheet {
    this.gate.call('insertSheet');
    const sheets = this.spreadsheet.sheets;
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : this.unusedSheetName();
    const position = typeof nameOrIndex === 'number' ? nameOrIndex : (index ?? sheets.length);
    if (sheets.some((sheet) => sheet.name === name)) throw appsScriptError(sheetExists(name));
    const sheetId = sheets.reduce((max, sheet) => Math.max(max, sheet.sheetId), 0) + 1;
    const sheet = emptySheet(sheetId, name);
    sheets.splice(Math.max(0, Math.min(position, sheets.length)), 0, sheet);
    selectRange(this.spreadsheet, sheet, { row: 1, column: 1, numRows: 1, numColumns: 1 });
    return this.wrap(sheet);
  }

  private unusedSheetName(): string {
    const taken = new Set(this.spreadsheet.sheets.map((sheet) => sheet.name));
    let n = this.spreadsheet.sheets.length + 1;
    while (taken.has(`Sheet${n}`)) n += 1;
    return `Sheet${n}`;
  }

  /** Removes a tab; the last one cannot go (Sheets always keeps one tab) [P]. When it was active, the first tab becomes active. */
  deleteSheet(sheet: LocalSheet): void {
    this.gate.call('deleteSheet');
    const sheets = this.spreadsheet.sheets;
    if (sheets.length <= 1) throw appsScriptError(SPREADSHEET_MESSAGES.lastSheet);
    const index = sheets.indexOf(sheet.sheet);
    if (index < 0) return;
    sheets.splice(index, 1);
    if (this.spreadsheet.active.sheet === sheet.sheet.name) selectRange(this.spreadsheet, sheets[0], { row: 1, column: 1, numRows: 1, numColumns: 1 });
  }

  /** The tab the teacher is looking at (the first one if the selected tab is gone). */
  getActiveSheet(): LocalSheet {
    this.gate.call('getActiveSheet');
    return this.wrap(activeSheetOf(this.spreadsheet));
  }

  setActiveSheet(sheet: LocalSheet): LocalSheet {
    this.gate.call('setActiveSheet');
    selectRange(this.spreadsheet, sheet.sheet, { row: 1, column: 1, numRows: 1, numColumns: 1 });
    return sheet;
  }

  /** The teacher's selection (see activeSelection). */
  getActiveRange(): LocalRange {
    this.gate.call('getActiveRange');
    const { sheet, grid } = activeSelection(this.spreadsheet);
    return new LocalRange(this.gate, this.spreadsheet, sheet, grid);
  }

  setActiveRange(range: LocalRange): LocalRange {
    this.gate.call('setActiveRange');
    selectRange(this.spreadsheet, range.sheet, range.grid);
    return range;
  }

  setActiveSelection(a1OrRange: string | LocalRange): LocalRange {
    this.gate.call('setActiveSelection');
    const range = typeof a1OrRange === 'string' ? this.rangeByA1(a1OrRange) : a1OrRange;
    selectRange(this.spreadsheet, range.sheet, range.grid);
    return range;
  }

  /** getRange('Tab!A1:B2') or getRange('A1') on the active tab; an unknown tab is 'Range not found' [C]. */
  getRange(a1Notation: string): LocalRange {
    this.gate.call('getRange');
    return this.rangeByA1(a1Notation);
  }

  private rangeByA1(a1Notation: string): LocalRange {
    if (typeof a1Notation !== 'string') throw appsScriptError(MESSAGES.rangeNotFound);
    const { sheetName, reference } = splitSheetName(a1Notation);
    const sheet = sheetName === null ? activeSheetOf(this.spreadsheet) : this.spreadsheet.sheets.find((candidate) => candidate.name === sheetName);
    if (!sheet) throw appsScriptError(MESSAGES.rangeNotFound);
    return new LocalRange(this.gate, this.spreadsheet, sheet, gridFromA1(sheet, reference));
  }

  getProtections(type: string): LocalProtection[] {
    this.gate.call('getProtections');
    return this.spreadsheet.sheets.flatMap((sheet) => protectionsOf(this.gate, sheet, type));
  }

  /** Records the toast the teacher would see (message, title) at the current virtual time. */
  toast(msg: string, title = '', _timeoutSeconds?: number): void {
    this.gate.call('toast');
    pushCapped(this.gate.ctx.state.ui.toasts, { title: String(title), message: String(msg), at: this.gate.now });
  }

  private wrap(sheet: SheetState): LocalSheet {
    return new LocalSheet(this.gate, this.spreadsheet, sheet);
  }
}

/** The tab the teacher is looking at: the selected one, or the first if it is gone. */
export function activeSheetOf(spreadsheet: SpreadsheetState): SheetState {
  return spreadsheet.sheets.find((sheet) => sheet.name === spreadsheet.active.sheet) ?? spreadsheet.sheets[0];
}

/** The teacher's selection, kept inside its sheet if rows or columns were deleted since; A1 of the first tab if its tab is gone. */
export function activeSelection(spreadsheet: SpreadsheetState): { sheet: SheetState; grid: GridRange } {
  const sheet = activeSheetOf(spreadsheet);
  const active = spreadsheet.active;
  if (active.sheet !== sheet.name) return { sheet, grid: { row: 1, column: 1, numRows: 1, numColumns: 1 } };
  const row = Math.min(Math.max(1, active.row), sheet.maxRows);
  const column = Math.min(Math.max(1, active.column), sheet.maxColumns);
  const numRows = Math.max(1, Math.min(active.numRows, sheet.maxRows - row + 1));
  const numColumns = Math.max(1, Math.min(active.numColumns, sheet.maxColumns - column + 1));
  return { sheet, grid: { row, column, numRows, numColumns } };
}
