// Sheet: one tab of a spreadsheet; ranges, appendRow, frozen rows, protection, rows and columns.
import { appsScriptError, MESSAGES } from '../../runtime/errors';
import type { SheetState, SpreadsheetState } from '../../runtime/state';
import { splitSheetName } from './a1';
import type { Gate } from './gate';
import { badSheetName, sameSheetName, sheetExists, signatureMismatch, SPREADSHEET_MESSAGES } from './messages';
import { LocalProtection, protectionsOf } from './protection';
import { checkedGrid, gridFromA1, LocalRange, selectRange } from './range';
import { appendRowToSheet, dataRange, lastColumn, lastRow } from './state-access';
import { deleteSpan, insertAfter } from './structure';
import { assertCellLength, bufferedCopy } from './typed-input';
import { LocalSpreadsheet } from './spreadsheet';
import { formUrl } from '../form-urls';

export class LocalSheet {
  constructor(
    private readonly gate: Gate,
    readonly spreadsheet: SpreadsheetState,
    readonly sheet: SheetState,
  ) {}

  getName(): string {
    this.gate.call('getName');
    return this.sheet.name;
  }

  /** Renames the tab; a name another tab has throws Apps Script's duplicate-name message [C]. */
  setName(name: string): this {
    this.gate.call('setName');
    const newName = String(name);
    const problem = badSheetName(newName);
    if (problem) throw appsScriptError(problem);
    if (this.spreadsheet.sheets.some((other) => other !== this.sheet && sameSheetName(other.name, newName))) {
      throw appsScriptError(sheetExists(newName));
    }
    if (this.spreadsheet.active.sheet === this.sheet.name) this.spreadsheet.active.sheet = newName;
    this.sheet.name = newName;
    return this;
  }

  /** Models Sheet.getFormUrl [C]: the form whose responses land in this tab, or null. */
  getFormUrl(): string | null {
    this.gate.call('getFormUrl');
    return this.sheet.formId === undefined ? null : formUrl(this.sheet.formId);
  }

  getSheetId(): number {
    this.gate.call('getSheetId');
    return this.sheet.sheetId;
  }

  /** 1-based position among the tabs. */
  getIndex(): number {
    this.gate.call('getIndex');
    return this.spreadsheet.sheets.indexOf(this.sheet) + 1;
  }

  getParent(): LocalSpreadsheet {
    this.gate.call('getParent');
    return new LocalSpreadsheet(this.gate, this.spreadsheet);
  }

  /** Models getLastRow: 0 for an empty sheet [P]; counts buffered writes (a read commits them). */
  getLastRow(): number {
    this.gate.read('getLastRow');
    return lastRow(this.sheet);
  }

  getLastColumn(): number {
    this.gate.read('getLastColumn');
    return lastColumn(this.sheet);
  }

  getMaxRows(): number {
    this.gate.read('getMaxRows');
    return this.sheet.maxRows;
  }

  getMaxColumns(): number {
    this.gate.read('getMaxColumns');
    return this.sheet.maxColumns;
  }

  /** getRange(row, column[, numRows[, numColumns]]) or getRange(a1Notation), checked as range.ts describes. */
  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): LocalRange {
    this.gate.call('getRange');
    if (typeof rowOrA1 === 'string') {
      const { sheetName, reference } = splitSheetName(rowOrA1);
      if (sheetName !== null && !sameSheetName(sheetName, this.sheet.name)) throw appsScriptError(MESSAGES.rangeNotFound);
      return this.range(gridFromA1(this.sheet, reference));
    }
    if (column === undefined) throw appsScriptError(MESSAGES.badCoordinates);
    return this.range(checkedGrid(this.sheet, rowOrA1, column, numRows, numColumns));
  }

  /** Models getDataRange: rows and columns up to the last with content; A1 on an empty sheet [P]. */
  getDataRange(): LocalRange {
    this.gate.read('getDataRange');
    return this.range(dataRange(this.sheet) ?? { row: 1, column: 1, numRows: 1, numColumns: 1 });
  }

  /**
   * Models appendRow: buffered like other writes; the row is placed after the last row with
   * content when the write commits, so several appends in one execution stack up in order.
   * Strings are parsed as if typed; too-long strings throw at the call [C].
   */
  appendRow(rowContents: unknown[]): this {
    this.gate.call('appendRow');
    if (!Array.isArray(rowContents)) throw appsScriptError(signatureMismatch(rowContents, 'SpreadsheetApp.Sheet.appendRow'));
    rowContents.forEach(assertCellLength);
    this.gate.chargeCells('write', rowContents.length);
    const copy = rowContents.map(bufferedCopy);
    const { sheet, spreadsheet } = this;
    this.gate.defer(() => appendRowToSheet(sheet, copy, spreadsheet.timeZone, spreadsheet.locale));
    return this;
  }

  setFrozenRows(rows: number): void {
    this.gate.call('setFrozenRows');
    if (rows < 0 || rows > this.sheet.maxRows) throw appsScriptError(MESSAGES.badCoordinates);
    this.sheet.frozenRows = rows;
  }

  getFrozenRows(): number {
    this.gate.call('getFrozenRows');
    return this.sheet.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    this.gate.call('setFrozenColumns');
    if (columns < 0 || columns > this.sheet.maxColumns) throw appsScriptError(MESSAGES.badCoordinates);
    this.sheet.frozenColumns = columns;
  }

  getFrozenColumns(): number {
    this.gate.call('getFrozenColumns');
    return this.sheet.frozenColumns;
  }

  /**
   * Protects the whole sheet. A sheet has at most one sheet protection (Google's ProtectionType
   * examples read `getProtections(SHEET)[0]`), so protecting a protected sheet returns the
   * existing protection [U].
   */
  protect(): LocalProtection {
    this.gate.call('protect');
    let state = this.sheet.protections.find((protection) => protection.range === undefined);
    if (!state) {
      state = { description: '', warningOnly: false };
      this.sheet.protections.push(state);
    }
    return new LocalProtection(this.gate, this.sheet, state);
  }

  getProtections(type: string): LocalProtection[] {
    this.gate.call('getProtections');
    return protectionsOf(this.gate, this.sheet, type);
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    return this.insert('insertRowsAfter', 'rows', afterPosition, howMany);
  }

  insertRowAfter(afterPosition: number): this {
    return this.insert('insertRowAfter', 'rows', afterPosition, 1);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    return this.insert('insertColumnsAfter', 'columns', afterPosition, howMany);
  }

  insertColumnAfter(afterPosition: number): this {
    return this.insert('insertColumnAfter', 'columns', afterPosition, 1);
  }

  private insert(method: string, dimension: 'rows' | 'columns', after: number, count: number): this {
    this.gate.restructure(method);
    const size = dimension === 'rows' ? this.sheet.maxRows : this.sheet.maxColumns;
    if (after < 1 || after > size || count < 1) throw appsScriptError(MESSAGES.badCoordinates);
    insertAfter(this.sheet, dimension, after, count);
    return this;
  }

  deleteRow(rowPosition: number): this {
    return this.remove('deleteRow', 'rows', rowPosition, 1);
  }

  deleteRows(rowPosition: number, howMany: number): this {
    return this.remove('deleteRows', 'rows', rowPosition, howMany);
  }

  deleteColumn(columnPosition: number): this {
    return this.remove('deleteColumn', 'columns', columnPosition, 1);
  }

  deleteColumns(columnPosition: number, howMany: number): this {
    return this.remove('deleteColumns', 'columns', columnPosition, howMany);
  }

  private remove(method: string, dimension: 'rows' | 'columns', index: number, count: number): this {
    this.gate.restructure(method);
    const size = dimension === 'rows' ? this.sheet.maxRows : this.sheet.maxColumns;
    if (index < 1 || count < 1) throw appsScriptError(MESSAGES.badCoordinates);
    if (index + count - 1 > size) throw appsScriptError(MESSAGES.rangeOutside);
    const frozen = dimension === 'rows' ? this.sheet.frozenRows : this.sheet.frozenColumns;
    if (size - count <= frozen) {
      throw appsScriptError(dimension === 'rows' ? SPREADSHEET_MESSAGES.allNonFrozenRows : SPREADSHEET_MESSAGES.allNonFrozenColumns);
    }
    deleteSpan(this.sheet, dimension, index, count);
    return this;
  }

  /**
   * Models hideSheet / showSheet / isSheetHidden (Sheet reference [C]): a flag on the tab, applied
   * at once. What the UI then shows as active, and refusing to hide the last visible tab, are not
   * modelled [U].
   */
  hideSheet(): this {
    this.gate.call('hideSheet');
    this.sheet.hidden = true;
    return this;
  }

  showSheet(): this {
    this.gate.call('showSheet');
    delete this.sheet.hidden;
    return this;
  }

  isSheetHidden(): boolean {
    this.gate.call('isSheetHidden');
    return this.sheet.hidden === true;
  }

  /** Makes this the active tab, with A1 selected. */
  activate(): this {
    this.gate.call('activate');
    selectRange(this.spreadsheet, this.sheet, { row: 1, column: 1, numRows: 1, numColumns: 1 });
    return this;
  }

  setActiveRange(range: LocalRange): LocalRange {
    this.gate.call('setActiveRange');
    selectRange(this.spreadsheet, range.sheet, range.grid);
    return range;
  }

  setActiveSelection(a1OrRange: string | LocalRange): LocalRange {
    this.gate.call('setActiveSelection');
    const range = typeof a1OrRange === 'string' ? this.range(gridFromA1(this.sheet, a1OrRange)) : a1OrRange;
    selectRange(this.spreadsheet, range.sheet, range.grid);
    return range;
  }

  /** The cells up to the last row and column with content, which clearing the sheet is charged per (latency.ts). */
  private usedCells(): number {
    return lastRow(this.sheet) * lastColumn(this.sheet);
  }

  /** Sheet.clear: contents and formats go; frozen rows, protections and validation stay [U]. */
  clear(): this {
    this.gate.write('clear', () => {
      this.sheet.cells = [];
      this.sheet.numberFormats = {};
    }, this.usedCells());
    return this;
  }

  clearContents(): this {
    this.gate.write('clearContents', () => {
      this.sheet.cells = [];
    }, this.usedCells());
    return this;
  }

  /** Looks only: counted, not recorded. */
  setColumnWidth(_columnPosition: number, _width: number): this {
    this.gate.call('setColumnWidth');
    return this;
  }

  autoResizeColumns(_startColumn: number, _numColumns: number): this {
    this.gate.call('autoResizeColumns');
    return this;
  }

  setTabColor(_color: string | null): this {
    this.gate.call('setTabColor');
    return this;
  }

  private range(grid: { row: number; column: number; numRows: number; numColumns: number }): LocalRange {
    return new LocalRange(this.gate, this.spreadsheet, this.sheet, grid);
  }
}
