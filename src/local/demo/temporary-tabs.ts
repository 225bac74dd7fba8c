// TEMPORARY, until the bundle exports setupClass: creates the demo's tabs with the add-on's headers. Delete with its one caller.
import type { WorkspaceState } from '../runtime/state';
import { emptySheet } from '../runtime/state';
import { writeValues } from '../services/spreadsheet/state-access';
import { boundSpreadsheet } from './by-header';

const HEADERS: Readonly<Record<string, readonly string[]>> = {
  Students: ['ID', 'First name', 'Last name', 'Email', 'Section', 'Grade or major', 'Interests', 'Career path', 'Preferred resource types', 'Goals', 'How we can help', 'Important events', 'Opt out', 'Private notes', 'Last check-in'],
  Resources: ['ID', 'Title', 'URL', 'Type', 'Tags', 'Level', 'Description', 'Active', 'Added'],
  'Check-ins': ['Date', 'Student ID', 'Student name', 'Kind', 'Note', 'Follow-up date'],
};

export function createTabsWithoutSetupClass(state: WorkspaceState): void {
  const spreadsheet = boundSpreadsheet(state);
  for (const [name, headers] of Object.entries(HEADERS)) {
    if (spreadsheet.sheets.some((sheet) => sheet.name === name)) continue;
    const sheet = emptySheet(Math.max(...spreadsheet.sheets.map((s) => s.sheetId)) + 1, name);
    writeValues(sheet, 1, 1, [headers], spreadsheet.timeZone, spreadsheet.locale);
    sheet.frozenRows = 1;
    spreadsheet.sheets.push(sheet);
  }
}
