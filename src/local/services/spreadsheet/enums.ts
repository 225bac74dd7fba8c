// The Spreadsheet service's enums Rapport uses. Apps Script enums print as their names, so strings stand in for them.

function enumOf<const K extends string>(...names: K[]): { readonly [P in K]: P } {
  return Object.freeze(Object.fromEntries(names.map((name) => [name, name]))) as { readonly [P in K]: P };
}

export const ProtectionType = enumOf('RANGE', 'SHEET');

export const DataValidationCriteria = enumOf(
  'VALUE_IN_LIST',
  'CHECKBOX',
  'DATE_IS_VALID_DATE',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'CUSTOM_FORMULA',
);

export const Button = enumOf('CLOSE', 'OK', 'CANCEL', 'YES', 'NO');

export const ButtonSet = enumOf('OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL');

export const Dimension = enumOf('COLUMNS', 'ROWS');
