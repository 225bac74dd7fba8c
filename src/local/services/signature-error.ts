// Apps Script's error for a call that matches none of a method's overloads.
import { appsScriptError } from '../runtime/errors';

/**
 * "The parameters (String,String) don't match the method signature for MailApp.sendEmail." — the
 * shape Apps Script uses for a call no overload accepts, seen in many public Q&A threads [P]. It
 * catches an undefined body or a date read back as text before they become a wrong email or log.
 */
export function signatureMismatch(method: string, args: readonly unknown[]): Error {
  return appsScriptError(`The parameters (${args.map(javaTypeName).join(',')}) don't match the method signature for ${method}.`);
}

/** How Apps Script names argument types in that message. */
function javaTypeName(value: unknown): string {
  if (value === null) return 'null';
  if (Object.prototype.toString.call(value) === '[object Date]') return 'Date';
  switch (typeof value) {
    case 'string':
      return 'String';
    case 'number':
      return 'number';
    case 'boolean':
      return 'Boolean';
    case 'undefined':
      return 'undefined';
    default:
      return 'Object';
  }
}
