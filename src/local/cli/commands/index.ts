// Every CLI command, in the order --help lists them.
import type { Command } from '../command';
import { advanceCommand } from './advance';
import { callCommand } from './call';
import { callsCommand } from './calls';
import { editCommand } from './edit';
import { formCommand } from './form';
import { importCommand } from './import';
import { initCommand } from './init';
import { openCommand } from './open';
import { outboxCommand } from './outbox';
import { quotaCommand } from './quota';
import { selectCommand } from './select';
import { sheetCommand } from './sheet';
import { submitFormCommand } from './submit-form';

export const COMMANDS: readonly Command[] = [
  initCommand,
  callCommand,
  openCommand,
  sheetCommand,
  editCommand,
  selectCommand,
  importCommand,
  submitFormCommand,
  formCommand,
  advanceCommand,
  outboxCommand,
  quotaCommand,
  callsCommand,
];
