// Lint: TypeScript rules everywhere, plus the architecture's boundaries (core is pure, local is never bundled); test/lint/boundaries.test.ts proves each fires.
import { builtinModules } from 'node:module';
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

/** `fs` as well as `node:fs`: a bare builtin name resolves to the Node module just the same. */
const NODE_BUILTINS = {
  paths: builtinModules.map((name) => ({ name, message: 'Apps Script has no Node modules.' })),
  pattern: { group: ['node:*'], message: 'Apps Script has no Node modules.' },
};

/** `GoogleAppsScript.Spreadsheet.Sheet` and the like: only the server knows Apps Script's types. */
const NO_APPS_SCRIPT_TYPES = {
  selector: "TSQualifiedName > Identifier.left[name='GoogleAppsScript']",
  message: 'Apps Script types are used only in src/server: core and the contract take plain data.',
};

const NO_CLOCK = 'core has no clock: take the time as an argument.';

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
      'no-restricted-globals': [
        'error',
        ...APPS_SCRIPT_GLOBALS,
        ...['window', 'document', 'self', 'globalThis'].map((name) => ({ name, message: 'core has no DOM and reaches no global object.' })),
        { name: 'process', message: 'core reads no environment: take what it needs as an argument.' },
        { name: 'performance', message: NO_CLOCK },
      ],
      'no-restricted-imports': ['error', { paths: NODE_BUILTINS.paths, patterns: [NO_LOCAL_RUNTIME, NODE_BUILTINS.pattern, { group: ['**/server/**', '**/client/**', '**/shared/**'], message: 'core is pure and imports nothing from server, client or shared: data, time and time zone come in as arguments.' }] }],
      'no-restricted-syntax': [
        'error',
        NO_APPS_SCRIPT_TYPES,
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: NO_CLOCK },
        { selector: "CallExpression[callee.name='Date']", message: NO_CLOCK },
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: NO_CLOCK },
        { selector: "MemberExpression[object.name='Math'][property.name='random']", message: 'core is deterministic: take randomness (or an id) as an argument.' },
      ],
    },
  },
  {
    files: ['src/client/**'],
    languageOptions: { globals: { ...globals.browser, google: 'readonly' } },
    rules: {
      'no-restricted-globals': ['error', ...APPS_SCRIPT_GLOBALS],
      'no-restricted-imports': ['error', { patterns: [NO_LOCAL_RUNTIME, { group: ['**/server/**'], message: 'The sidebar reaches the server only through src/client/rpc.ts.' }] }],
      'no-restricted-syntax': ['error', NO_APPS_SCRIPT_TYPES],
    },
  },
  {
    files: ['src/server/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'process', message: 'Apps Script has no process: settings live in the settings store.' }],
      'no-restricted-imports': ['error', { paths: NODE_BUILTINS.paths, patterns: [NO_LOCAL_RUNTIME, NODE_BUILTINS.pattern, { group: ['**/client/**'], message: 'The server never imports the sidebar; both share src/shared/rpc.ts and core.' }] }],
    },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-globals': ['error', ...APPS_SCRIPT_GLOBALS, { name: 'process', message: 'The contract is types only.' }],
      'no-restricted-syntax': ['error', NO_APPS_SCRIPT_TYPES],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(?!\\.\\./core/)', message: 'The contract imports types from core and nothing else.' },
            { group: ['**/core/**'], allowTypeImports: true, message: 'The contract imports only types from core (import type / export type).' },
          ],
        },
      ],
    },
  },
);
