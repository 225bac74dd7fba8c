// Apps Script's exception shape: the editor shows `Exception: <message>`; the message has no prefix.

/** Messages the runtime throws, quoted from Apps Script (see docs/APPS_SCRIPT_FACTS.md for sources). */
export const MESSAGES = {
  timeLimit: 'Exceeded maximum execution time',
  dailyRuntime: 'Service using too much computer time for one day.',
  emailQuota: 'Service invoked too many times for one day: email.',
  lockTimeout: 'Lock timeout: another process was holding the lock for too long.',
  propertyQuota: 'You have exceeded the property storage quota. Please remove some properties and try again.',
  tooManyTriggers:
    'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
  addOnTriggerPerDocument:
    'This add-on has created too many time-based triggers in this document for this Google user account.',
  cellTooLong: 'Your input contains more than the maximum of 50000 characters in a single cell.',
  rangeOutside: 'The coordinates of the range are outside the dimensions of the sheet.',
  badCoordinates: 'The coordinates or dimensions of the range are invalid.',
  rangeNotFound: 'Range not found',
  zeroRows: 'The number of rows in the range must be at least 1.',
} as const;

/** An error as Apps Script throws it: `name` is 'Exception', the message is Apps Script's own text. */
export function appsScriptError(message: string): Error {
  const error = new Error(message);
  error.name = 'Exception';
  return error;
}

/** Thrown by fault injection: models an execution killed at that call (no catch block may rescue it). */
export class ExecutionKilled extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'ExecutionKilled';
  }
}
