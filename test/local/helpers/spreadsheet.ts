// Test helper: the local SpreadsheetApp on a fresh workspace, with the context behind it for inspecting state.
import type { AuthMode, ServiceContext } from '../../../src/local/runtime/context';
import { Execution } from '../../../src/local/runtime/execution';
import type { SheetState } from '../../../src/local/runtime/state';
import { createSpreadsheetApp } from '../../../src/local/services/spreadsheet';
import { newServiceContext } from './service-context';

export interface SpreadsheetFixture {
  ctx: ServiceContext;
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  /** The add-on's spreadsheet. */
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** Its first tab, 'Sheet1'. */
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  /** Sheet1's state, to check what was (or was not yet) committed. */
  state: SheetState;
}

/** A SpreadsheetApp over a new workspace; `authMode` and `entryPoint` shape the execution it serves. */
export function newSpreadsheetFixture(options: { authMode?: AuthMode; entryPoint?: string; latency?: Record<string, number> } = {}): SpreadsheetFixture {
  const base = newServiceContext({ latency: options.latency });
  const exec = options.entryPoint
    ? new Execution(base.exec.id, { entryPoint: options.entryPoint, clock: base.state.clock, latency: base.runtime.latency })
    : base.exec;
  const ctx: ServiceContext = { ...base, exec, authMode: options.authMode ?? 'FULL' };
  const app = createSpreadsheetApp(ctx);
  const spreadsheetState = ctx.state.spreadsheets[ctx.state.activeSpreadsheetId!];
  if (ctx.authMode === 'NONE') return { ctx, app, ss: null!, sheet: null!, state: spreadsheetState.sheets[0] };
  const ss = app.getActive();
  return { ctx, app, ss, sheet: ss.getSheets()[0], state: spreadsheetState.sheets[0] };
}

/** Another SpreadsheetApp on the same workspace in a new execution: what the next run would see. */
export function nextExecution(fixture: SpreadsheetFixture): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  const { state, runtime } = fixture.ctx;
  const exec = new Execution(state.nextId++, { entryPoint: 'test', clock: state.clock, latency: runtime.latency });
  return createSpreadsheetApp({ ...fixture.ctx, exec });
}
