// Everything the local page draws, as one JSON object: tabs, selection, clock, outbox, executions, forms.
import type { ExecutionRecord } from '../runtime/execution';
import type { FormItemType, WorkspaceState } from '../runtime/state';
import { columnLetter } from '../../core/headers';
import { boundSpreadsheet } from '../demo/by-header';
import { remainingQuota } from '../services/mail-app';
import { readDisplayValues } from '../services/spreadsheet/state-access';

const RECENT_EXECUTIONS = 15;

export interface PageState {
  spreadsheet: { name: string; timeZone: string };
  /** The virtual clock as an instant, and as the wall-clock time in the spreadsheet's zone. */
  clock: { now: string; local: string };
  /** Each tab's cells as the teacher sees them (getDisplayValues), header row first, with its column letters. */
  tabs: { name: string; columns: string[]; rows: string[][] }[];
  active: { sheet: string; row: number };
  menus: WorkspaceState['ui']['menus'];
  outbox: { id: string; sentAt: string; to: string[]; subject: string }[];
  /** Newest first. */
  executions: ExecutionRecord[];
  /** Recipients used in the current 24-hour quota window (0 once the window has ended). */
  quota: { daily: number; used: number };
  /** Newest first; the form panel offers the first. */
  forms: { id: string; title: string; items: { id: number; type: FormItemType; title: string; required: boolean; choices: string[] }[] }[];
}

function localTime(now: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(now);
}


export function pageState(state: WorkspaceState): PageState {
  const spreadsheet = boundSpreadsheet(state);
  return {
    spreadsheet: { name: spreadsheet.name, timeZone: spreadsheet.timeZone },
    clock: { now: new Date(state.clock.now).toISOString(), local: localTime(state.clock.now, spreadsheet.timeZone) },
    tabs: spreadsheet.sheets.map((sheet) => {
      const rows = readDisplayValues(sheet, spreadsheet.timeZone, spreadsheet.locale);
      const width = Math.max(1, ...rows.map((row) => row.length));
      return { name: sheet.name, columns: Array.from({ length: width }, (_, i) => columnLetter(i)), rows };
    }),
    active: { sheet: spreadsheet.active.sheet, row: spreadsheet.active.row },
    menus: state.ui.menus,
    outbox: state.mail.outbox.map((mail) => ({ id: mail.id, sentAt: new Date(mail.sentAt).toISOString(), to: mail.to, subject: mail.subject })).reverse(),
    executions: state.executions.slice(-RECENT_EXECUTIONS).reverse(),
    quota: { daily: state.mail.dailyQuota, used: state.mail.dailyQuota - remainingQuota(state.mail, state.user.email, state.clock.now) },
    forms: Object.values(state.forms)
      .map((form) => ({
        id: form.id,
        title: form.title,
        items: form.items.map((item) => ({ id: item.id, type: item.type, title: item.title, required: item.required, choices: item.choices ?? [] })),
      }))
      .reverse(),
  };
}
