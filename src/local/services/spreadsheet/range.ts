// Range: a rectangle of one sheet; reads commit buffered writes, writes are buffered (see gate.ts).
import { appsScriptError, MESSAGES } from '../../runtime/errors';
import type { CellValue, SheetState, SpreadsheetState } from '../../runtime/state';
import { containsCell, containsRange, resolveReference, toA1, type GridRange } from './a1';
import { LocalDataValidation } from './data-validation';
import { DEFAULT_NUMBER_FORMAT } from './display';
import type { Gate } from './gate';
import { columnsMismatch, rowsMismatch, signatureMismatch, SPREADSHEET_MESSAGES } from './messages';
import { numberFormatLookup, setNumberFormat } from './number-formats';
import { LocalProtection } from './protection';
import { LocalSheet } from './sheet';
import { clearRange, readDisplayInRange, readFormulasInRange, readNotesInRange, readRange, writeNotes, writeValues } from './state-access';
import { assertCellLength, bufferedCopy } from './typed-input';
import { scriptDateClass } from '../../runtime/script-date';

/**
 * Checks getRange's coordinates against the sheet, with Apps Script's messages (APPS_SCRIPT_FACTS.md):
 * a start before row or column 1 or a negative size is invalid [C], zero rows is its own error [C]
 * (zero columns too [P]), and a rectangle reaching past the sheet is outside it [C].
 */
export function checkedGrid(sheet: SheetState, row: number, column: number, numRows = 1, numColumns = 1): GridRange {
  const numbers = [row, column, numRows, numColumns];
  if (numbers.some((n) => typeof n !== 'number' || !Number.isFinite(n))) throw appsScriptError(MESSAGES.badCoordinates);
  const [r, c, rows, columns] = numbers.map(Math.trunc);
  if (r < 1 || c < 1 || rows < 0 || columns < 0) throw appsScriptError(MESSAGES.badCoordinates);
  if (rows === 0) throw appsScriptError(MESSAGES.zeroRows);
  if (columns === 0) throw appsScriptError(SPREADSHEET_MESSAGES.zeroColumns);
  if (r + rows - 1 > sheet.maxRows || c + columns - 1 > sheet.maxColumns) throw appsScriptError(MESSAGES.rangeOutside);
  return { row: r, column: c, numRows: rows, numColumns: columns };
}

/** getRange(a1) on a sheet: text that is no reference, or reaches past the sheet, is 'Range not found' [C; U for past the sheet]. */
export function gridFromA1(sheet: SheetState, reference: string): GridRange {
  const grid = typeof reference === 'string' ? resolveReference(reference, sheet.maxRows, sheet.maxColumns) : null;
  if (!grid) throw appsScriptError(MESSAGES.rangeNotFound);
  return grid;
}

export class LocalRange {
  constructor(
    private readonly gate: Gate,
    readonly spreadsheet: SpreadsheetState,
    readonly sheet: SheetState,
    readonly grid: GridRange,
  ) {}

  /** The cells the range covers: what its reads and writes are charged per (latency.ts, cellLatency). */
  private get cellCount(): number {
    return this.grid.numRows * this.grid.numColumns;
  }

  /** Models getValues [C]: a numRows × numColumns rectangle; empty cells are ''; Dates (the sandbox's, in the script's zone), numbers, booleans as stored. */
  getValues(): CellValue[][] {
    this.gate.read('getValues', this.cellCount);
    return readRange(this.sheet, this.grid, scriptDateClass(this.gate.ctx));
  }

  getValue(): CellValue {
    this.gate.read('getValue', 1);
    return readRange(this.sheet, { ...this.grid, numRows: 1, numColumns: 1 }, scriptDateClass(this.gate.ctx))[0][0];
  }

  getDisplayValues(): string[][] {
    this.gate.read('getDisplayValues', this.cellCount);
    return readDisplayInRange(this.sheet, this.grid, this.spreadsheet.timeZone, this.spreadsheet.locale);
  }

  getDisplayValue(): string {
    this.gate.read('getDisplayValue', 1);
    return readDisplayInRange(this.sheet, { ...this.grid, numRows: 1, numColumns: 1 }, this.spreadsheet.timeZone, this.spreadsheet.locale)[0][0];
  }

  /** Models getFormulas [C]: '' for cells without a formula. */
  getFormulas(): string[][] {
    this.gate.read('getFormulas', this.cellCount);
    return readFormulasInRange(this.sheet, this.grid);
  }

  getFormula(): string {
    this.gate.read('getFormula', 1);
    return readFormulasInRange(this.sheet, { ...this.grid, numRows: 1, numColumns: 1 })[0][0];
  }

  /**
   * Models setValues: the data must match the range's shape (rows checked first, then each row's
   * length, with Apps Script's messages [C columns, P rows]); strings over 50,000 characters
   * throw [C]; values are parsed as if typed (typed-input.ts) when the buffered write commits.
   */
  setValues(values: unknown[][]): this {
    this.gate.call('setValues');
    this.checkShape(values, 'SpreadsheetApp.Range.setValues');
    for (const row of values) row.forEach(assertCellLength);
    this.gate.chargeCells('write', this.cellCount);
    const copy = values.map((row) => row.map(bufferedCopy));
    this.commitLater(copy);
    return this;
  }

  /** Models setValue: every cell of the range gets the value, parsed as if typed. */
  setValue(value: unknown): this {
    this.gate.call('setValue');
    assertCellLength(value);
    this.gate.chargeCells('write', this.cellCount);
    const copy = Array.from({ length: this.grid.numRows }, () => Array.from({ length: this.grid.numColumns }, () => bufferedCopy(value)));
    this.commitLater(copy);
    return this;
  }

  /**
   * Models setFormulas [C]: the same shape checks as setValues; each text is written as typed, so
   * '=SUM(A1:A3)' becomes a formula (never computed locally: the cell reads '') and '' empties the
   * cell [U for text without '=': kept as typed input].
   */
  setFormulas(formulas: string[][]): this {
    this.gate.call('setFormulas');
    this.checkShape(formulas, 'SpreadsheetApp.Range.setFormulas');
    this.gate.chargeCells('write', this.cellCount);
    this.commitLater(formulas.map((row) => row.map((formula) => String(formula))));
    return this;
  }

  /** Models setFormula [C]: every cell of the range gets the formula. */
  setFormula(formula: string): this {
    this.gate.call('setFormula');
    if (typeof formula !== 'string') throw appsScriptError(signatureMismatch(formula, 'SpreadsheetApp.Range.setFormula'));
    this.gate.chargeCells('write', this.cellCount);
    this.commitLater(Array.from({ length: this.grid.numRows }, () => Array.from({ length: this.grid.numColumns }, () => formula)));
    return this;
  }

  /** Models setNote [C]: every cell of the range gets the note ('' or null removes it); buffered like a value write. */
  setNote(note: string | null): this {
    this.gate.call('setNote');
    this.gate.chargeCells('write', this.cellCount);
    const text = note === null ? '' : String(note);
    const notes = Array.from({ length: this.grid.numRows }, () => Array.from({ length: this.grid.numColumns }, () => text));
    this.gate.defer(() => writeNotes(this.sheet, this.grid, notes));
    return this;
  }

  /** Models setNotes [C]: one note per cell, shape checked as setValues. */
  setNotes(notes: (string | null)[][]): this {
    this.gate.call('setNotes');
    this.checkShape(notes, 'SpreadsheetApp.Range.setNotes');
    this.gate.chargeCells('write', this.cellCount);
    const copy = notes.map((row) => row.map((note) => (note === null ? '' : String(note))));
    this.gate.defer(() => writeNotes(this.sheet, this.grid, copy));
    return this;
  }

  /** Models clearNote [C]. */
  clearNote(): this {
    return this.setNote('');
  }

  /** Models getNote [C]: the top-left cell's note, '' when it has none. */
  getNote(): string {
    this.gate.read('getNote', 1);
    return readNotesInRange(this.sheet, { ...this.grid, numRows: 1, numColumns: 1 })[0][0];
  }

  getNotes(): string[][] {
    this.gate.read('getNotes', this.cellCount);
    return readNotesInRange(this.sheet, this.grid);
  }

  /**
   * Models insertCheckboxes() [C]: a checkbox rule on the range and every cell set to false
   * ("Sets the value of all cells in the range to false"). Custom checked/unchecked values are not modelled.
   */
  insertCheckboxes(): this {
    this.gate.call('insertCheckboxes');
    this.gate.chargeCells('write', this.cellCount);
    const falses = Array.from({ length: this.grid.numRows }, () => Array.from({ length: this.grid.numColumns }, () => false));
    this.commitLater(falses);
    this.gate.defer(() => {
      const range = toA1(this.grid);
      this.sheet.validations = this.sheet.validations.filter((validation) => validation.range !== range);
      this.sheet.validations.push({ range, kind: 'checkbox', allowInvalid: false });
    });
    return this;
  }

  /** The rows-then-columns shape check setValues makes, with Apps Script's messages. */
  private checkShape(values: unknown, method: string): asserts values is unknown[][] {
    if (!Array.isArray(values)) throw appsScriptError(signatureMismatch(values, method));
    if (values.length !== this.grid.numRows) throw appsScriptError(rowsMismatch(values.length, this.grid.numRows));
    for (const row of values) {
      if (!Array.isArray(row)) throw appsScriptError(signatureMismatch(row, method));
      if (row.length !== this.grid.numColumns) throw appsScriptError(columnsMismatch(row.length, this.grid.numColumns));
    }
  }

  private commitLater(values: unknown[][]): void {
    const { sheet, spreadsheet, grid } = this;
    this.gate.defer(() => writeValues(sheet, grid.row, grid.column, values, spreadsheet.timeZone, spreadsheet.locale));
  }

  /** Empties values and formulas, keeping formats and validation (Range.clearContent). */
  clearContent(): this {
    this.gate.write('clearContent', () => clearRange(this.sheet, this.grid), this.cellCount);
    return this;
  }

  /** Range.clear: contents and number formats go; options narrow it to contents or formats only. */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    this.gate.write('clear', () => {
      if (!options?.formatOnly) clearRange(this.sheet, this.grid);
      if (!options?.contentsOnly) this.dropNumberFormats();
    }, this.cellCount);
    return this;
  }

  private dropNumberFormats(): void {
    const kept = Object.entries(this.sheet.numberFormats).filter(([a1]) => {
      const other = resolveReference(a1, this.sheet.maxRows, this.sheet.maxColumns);
      return !other || !containsRange(this.grid, other);
    });
    this.sheet.numberFormats = Object.fromEntries(kept);
  }

  /** Records the format ('@' makes later writes plain text); buffered like a value write so order holds. */
  setNumberFormat(numberFormat: string): this {
    this.gate.write('setNumberFormat', () => setNumberFormat(this.sheet, this.grid, String(numberFormat)), this.cellCount);
    return this;
  }

  getNumberFormat(): string {
    return this.numberFormatsOf({ ...this.grid, numRows: 1, numColumns: 1 }, 'getNumberFormat')[0][0];
  }

  getNumberFormats(): string[][] {
    return this.numberFormatsOf(this.grid, 'getNumberFormats');
  }

  private numberFormatsOf(grid: GridRange, method: string): string[][] {
    this.gate.read(method, grid.numRows * grid.numColumns);
    const formatOf = numberFormatLookup(this.sheet);
    return Array.from({ length: grid.numRows }, (_, i) =>
      Array.from({ length: grid.numColumns }, (_, j) => {
        const row = grid.row + i;
        const column = grid.column + j;
        return formatOf(row, column) ?? this.sheet.cells[row - 1]?.[column - 1]?.n ?? DEFAULT_NUMBER_FORMAT;
      }),
    );
  }

  /**
   * Records a rule on this rectangle (null removes rules). Rules wholly inside the rectangle are
   * replaced; a rule that only overlaps it is kept, and the later one wins where they meet.
   * Scripts' writes are not checked against rules: Sheets enforces validation on typed input only [P].
   */
  setDataValidation(rule: LocalDataValidation | null): this {
    this.gate.write('setDataValidation', () => {
      const range = toA1(this.grid);
      this.sheet.validations = this.sheet.validations.filter((validation) => {
        const other = resolveReference(validation.range, this.sheet.maxRows, this.sheet.maxColumns);
        return !other || !containsRange(this.grid, other);
      });
      if (rule) this.sheet.validations.push({ range, ...rule.spec });
    }, this.cellCount);
    return this;
  }

  clearDataValidations(): this {
    return this.setDataValidation(null);
  }

  getDataValidation(): LocalDataValidation | null {
    return this.validationsOf({ ...this.grid, numRows: 1, numColumns: 1 }, 'getDataValidation')[0][0];
  }

  getDataValidations(): (LocalDataValidation | null)[][] {
    return this.validationsOf(this.grid, 'getDataValidations');
  }

  private validationsOf(grid: GridRange, method: string): (LocalDataValidation | null)[][] {
    this.gate.read(method, grid.numRows * grid.numColumns);
    const rules = this.sheet.validations
      .map((validation) => ({ validation, range: resolveReference(validation.range, this.sheet.maxRows, this.sheet.maxColumns) }))
      .reverse();
    return Array.from({ length: grid.numRows }, (_, i) =>
      Array.from({ length: grid.numColumns }, (_, j) => {
        const found = rules.find((rule) => rule.range && containsCell(rule.range, grid.row + i, grid.column + j));
        if (!found) return null;
        const { range: _range, ...spec } = found.validation;
        return new LocalDataValidation(this.gate, spec);
      }),
    );
  }

  /** Formatting Rapport applies for looks only: counted, not recorded. */
  setFontWeight(_fontWeight: string | null): this {
    this.gate.call('setFontWeight');
    return this;
  }

  setBackground(_color: string | null): this {
    this.gate.call('setBackground');
    return this;
  }

  setWrap(_isWrapEnabled: boolean): this {
    this.gate.call('setWrap');
    return this;
  }

  /** A protection of this rectangle, applied at once. */
  protect(): LocalProtection {
    this.gate.call('protect');
    const state = { description: '', warningOnly: false, range: toA1(this.grid) };
    this.sheet.protections.push(state);
    return new LocalProtection(this.gate, this.sheet, state);
  }

  getRow(): number {
    this.gate.call('getRow');
    return this.grid.row;
  }

  getColumn(): number {
    this.gate.call('getColumn');
    return this.grid.column;
  }

  getNumRows(): number {
    this.gate.call('getNumRows');
    return this.grid.numRows;
  }

  getNumColumns(): number {
    this.gate.call('getNumColumns');
    return this.grid.numColumns;
  }

  /** The range's own last row, not the sheet's. */
  getLastRow(): number {
    this.gate.call('getLastRow');
    return this.grid.row + this.grid.numRows - 1;
  }

  getLastColumn(): number {
    this.gate.call('getLastColumn');
    return this.grid.column + this.grid.numColumns - 1;
  }

  getA1Notation(): string {
    this.gate.call('getA1Notation');
    return toA1(this.grid);
  }

  getSheet(): LocalSheet {
    this.gate.call('getSheet');
    return new LocalSheet(this.gate, this.spreadsheet, this.sheet);
  }

  /** A cell of this range, 1-based relative to its top-left corner. */
  getCell(row: number, column: number): LocalRange {
    this.gate.call('getCell');
    if (row < 1 || column < 1 || row > this.grid.numRows || column > this.grid.numColumns) throw appsScriptError(MESSAGES.rangeOutside);
    return new LocalRange(this.gate, this.spreadsheet, this.sheet, checkedGrid(this.sheet, this.grid.row + row - 1, this.grid.column + column - 1));
  }

  offset(rowOffset: number, columnOffset: number, numRows = this.grid.numRows, numColumns = this.grid.numColumns): LocalRange {
    this.gate.call('offset');
    const grid = checkedGrid(this.sheet, this.grid.row + rowOffset, this.grid.column + columnOffset, numRows, numColumns);
    return new LocalRange(this.gate, this.spreadsheet, this.sheet, grid);
  }

  isBlank(): boolean {
    this.gate.read('isBlank');
    const values = readRange(this.sheet, this.grid);
    return readFormulasInRange(this.sheet, this.grid).every((row, i) => row.every((formula, j) => formula === '' && values[i][j] === ''));
  }

  /** Makes this the teacher's selection (and its sheet the active one). */
  activate(): this {
    this.gate.call('activate');
    selectRange(this.spreadsheet, this.sheet, this.grid);
    return this;
  }
}

/** Records a selection in the spreadsheet's state. */
export function selectRange(spreadsheet: SpreadsheetState, sheet: SheetState, grid: GridRange): void {
  spreadsheet.active = { sheet: sheet.name, row: grid.row, column: grid.column, numRows: grid.numRows, numColumns: grid.numColumns };
}
