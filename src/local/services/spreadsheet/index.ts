// The local SpreadsheetApp: the add-on's spreadsheet and others in the workspace, the Ui, flush, rule builders, enums.
import type { ServiceContext } from '../../runtime/context';
import { appsScriptError } from '../../runtime/errors';
import { LocalDataValidationBuilder } from './data-validation';
import { DataValidationCriteria, Dimension, ProtectionType } from './enums';
import { Gate } from './gate';
import { noPermission, SPREADSHEET_MESSAGES } from './messages';
import { SCOPE } from '../../runtime/scopes';
import type { SpreadsheetState } from '../../runtime/state';
import { LocalRange, selectRange } from './range';
import { LocalSheet } from './sheet';
import { activeSelection, activeSheetOf, LocalSpreadsheet } from './spreadsheet';
import { LocalUi } from './ui';

/** Executions the runtime starts for triggers are labelled `trigger:<handler>` (see RunOptions.label). */
const TRIGGER_LABEL = /^trigger:/;

/**
 * Models SpreadsheetApp for a script bound to (or an add-on used in) `state.activeSpreadsheetId`.
 * - getActive / getActiveSpreadsheet return null when there is no such spreadsheet [C].
 * - In AuthMode.NONE (onOpen of an add-on not yet used in the document) nothing that reads the
 *   document is allowed (AuthMode reference [C]); the call throws Apps Script's permission message
 *   [C format]. openById also needs the full `spreadsheets` scope, which an onOpen in NONE or
 *   LIMITED mode never has (peterherrmann/BetterLog#29) [C].
 * - getUi from a trigger throws 'Cannot call SpreadsheetApp.getUi() from this context.' [C].
 * - flush commits buffered writes (gate.ts).
 */
export function createSpreadsheetApp(ctx: ServiceContext): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  const gate = new Gate(ctx);

  const activeState = (method: string): SpreadsheetState | null => {
    gate.call(method);
    if (ctx.authMode === 'NONE') throw appsScriptError(noPermission(`SpreadsheetApp.${method}`, SCOPE.currentSpreadsheet));
    return ctx.state.activeSpreadsheetId ? (ctx.state.spreadsheets[ctx.state.activeSpreadsheetId] ?? null) : null;
  };
  const activeSpreadsheet = (method: string): LocalSpreadsheet | null => {
    const spreadsheet = activeState(method);
    return spreadsheet ? new LocalSpreadsheet(gate, spreadsheet) : null;
  };

  const app = {
    ProtectionType,
    DataValidationCriteria,
    Dimension,
    getActive: () => activeSpreadsheet('getActive'),
    getActiveSpreadsheet: () => activeSpreadsheet('getActiveSpreadsheet'),
    getActiveSheet(): LocalSheet | null {
      const spreadsheet = activeState('getActiveSheet');
      return spreadsheet ? new LocalSheet(gate, spreadsheet, activeSheetOf(spreadsheet)) : null;
    },
    getActiveRange(): LocalRange | null {
      const spreadsheet = activeState('getActiveRange');
      if (!spreadsheet) return null;
      const { sheet, grid } = activeSelection(spreadsheet);
      return new LocalRange(gate, spreadsheet, sheet, grid);
    },
    setActiveSheet(sheet: LocalSheet): LocalSheet {
      gate.call('setActiveSheet');
      selectRange(sheet.spreadsheet, sheet.sheet, { row: 1, column: 1, numRows: 1, numColumns: 1 });
      return sheet;
    },
    setActiveRange(range: LocalRange): LocalRange {
      gate.call('setActiveRange');
      selectRange(range.spreadsheet, range.sheet, range.grid);
      return range;
    },
    openById(id: string): LocalSpreadsheet {
      gate.call('openById');
      if (ctx.authMode !== 'FULL') throw appsScriptError(noPermission('SpreadsheetApp.openById', SCOPE.anySpreadsheet));
      const spreadsheet = ctx.state.spreadsheets[String(id)];
      if (!spreadsheet) throw appsScriptError(SPREADSHEET_MESSAGES.noSuchSpreadsheet);
      return new LocalSpreadsheet(gate, spreadsheet);
    },
    getUi(): LocalUi {
      gate.call('getUi');
      if (TRIGGER_LABEL.test(ctx.exec.entryPoint)) throw appsScriptError(SPREADSHEET_MESSAGES.noUi);
      return new LocalUi(gate);
    },
    /** Commits every buffered write now. */
    flush(): void {
      gate.read('flush');
    },
    newDataValidation(): LocalDataValidationBuilder {
      gate.call('newDataValidation');
      return new LocalDataValidationBuilder(gate);
    },
  };
  return app as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}
