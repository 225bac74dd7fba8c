// Lint: TypeScript rules everywhere, plus the architecture's boundaries (core is pure, local is never bundled).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const APPS_SCRIPT_GLOBALS = [
  'SpreadsheetApp', 'HtmlService', 'PropertiesService', 'LockService', 'CacheService', 'Session',
  'Utilities', 'ScriptApp', 'MailApp', 'GmailApp', 'FormApp', 'DriveApp', 'Logger', 'UrlFetchApp',
].map((name) => ({ name, message: 'Apps Script services are used only in src/server.' }));

const NO_LOCAL_RUNTIME = {
  group: ['**/local/**', '../local/*'],
  message: 'The local runtime is never bundled into the add-on.',
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.rapport/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  { files: ['**/*.js', '**/*.mjs', 'scripts/**', 'src/local/**', 'test/**'], languageOptions: { globals: globals.node } },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-globals': ['error', ...APPS_SCRIPT_GLOBALS, { name: 'window', message: 'core has no DOM.' }, { name: 'document', message: 'core has no DOM.' }],
      'no-restricted-imports': ['error', { patterns: [NO_LOCAL_RUNTIME, { group: ['node:*', '**/server/**', '**/client/**'], message: 'core is pure: data, time and time zone come in as arguments.' }] }],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'core has no clock: take the time as an argument.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'core has no clock: take the time as an argument.' },
      ],
    },
  },
  {
    files: ['src/client/**'],
    languageOptions: { globals: { ...globals.browser, google: 'readonly' } },
    rules: {
      'no-restricted-globals': ['error', ...APPS_SCRIPT_GLOBALS],
      'no-restricted-imports': ['error', { patterns: [NO_LOCAL_RUNTIME, { group: ['**/server/**'], message: 'The sidebar reaches the server only through src/client/rpc.ts.' }] }],
    },
  },
  {
    files: ['src/server/**', 'src/shared/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_LOCAL_RUNTIME, { group: ['node:*'], message: 'Apps Script has no Node modules.' }] }] },
  },
);
