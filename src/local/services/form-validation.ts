// Text validation on form text items: FormApp.createTextValidation()'s builder and the check the Forms page makes.
import type { ServiceContext } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import type { TextValidationState } from '../runtime/state';
import { UNCONFIRMED } from './unconfirmed-messages';

const VALIDATION_DATA = Symbol('text validation');

/** The rule a built TextValidation carries, or null for anything else a script passes to setValidation. */
export function textValidationData(value: unknown): TextValidationState | null {
  if (!value || typeof value !== 'object') return null;
  return (value as { [VALIDATION_DATA]?: TextValidationState })[VALIDATION_DATA] ?? null;
}

/**
 * Models TextValidationBuilder (reference [C]): one requirement (the last one set wins [U]), an
 * optional help text, build(). The requirements modelled are those a survey needs: numbers, whole
 * numbers, a number range, an email or URL, a length bound and a pattern to match or contain.
 */
export function textValidationBuilder(ctx: ServiceContext): GoogleAppsScript.Forms.TextValidationBuilder {
  const call = (method: string) => ctx.exec.call(`FormApp.${method}`);
  let rule: TextValidationState = { rule: 'ANY', helpText: '' };
  const requirement = (method: string, make: (...args: never[]) => Omit<TextValidationState, 'helpText'>) => (...args: never[]) => {
    call(method);
    rule = { ...make(...args), helpText: rule.helpText };
    return builder;
  };
  const whole = (value: number, name: string) => {
    if (!Number.isInteger(value) || value < 0) throw appsScriptError(UNCONFIRMED.invalidArgument(name));
    return value;
  };
  const builder: Record<string, (...args: never[]) => unknown> = {
    requireNumber: requirement('requireNumber', () => ({ rule: 'NUMBER' })),
    requireWholeNumber: requirement('requireWholeNumber', () => ({ rule: 'WHOLE_NUMBER' })),
    requireNumberBetween: requirement('requireNumberBetween', (start: number, end: number) => ({ rule: 'NUMBER_BETWEEN', a: Number(start), b: Number(end) })),
    requireTextIsEmail: requirement('requireTextIsEmail', () => ({ rule: 'EMAIL' })),
    requireTextIsUrl: requirement('requireTextIsUrl', () => ({ rule: 'URL' })),
    requireTextLengthGreaterThanOrEqualTo: requirement('requireTextLengthGreaterThanOrEqualTo', (n: number) => ({ rule: 'LENGTH_AT_LEAST', a: whole(n, 'number') })),
    requireTextLengthLessThanOrEqualTo: requirement('requireTextLengthLessThanOrEqualTo', (n: number) => ({ rule: 'LENGTH_AT_MOST', a: whole(n, 'number') })),
    requireTextMatchesPattern: requirement('requireTextMatchesPattern', (pattern: string) => ({ rule: 'MATCHES', pattern: String(pattern) })),
    requireTextContainsPattern: requirement('requireTextContainsPattern', (pattern: string) => ({ rule: 'CONTAINS', pattern: String(pattern) })),
    setHelpText(text: string) {
      call('setHelpText');
      rule = { ...rule, helpText: String(text) };
      return builder;
    },
    build() {
      call('build');
      const built = {};
      Object.defineProperty(built, VALIDATION_DATA, { value: { ...rule } });
      return built;
    },
  };
  return builder as unknown as GoogleAppsScript.Forms.TextValidationBuilder;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_SHAPE = /^https?:\/\/[^\s/$.?#].[^\s]*$/i;

function passes(validation: TextValidationState, text: string): boolean {
  const n = Number(text.trim());
  const numeric = text.trim() !== '' && Number.isFinite(n);
  switch (validation.rule) {
    case 'NUMBER': return numeric;
    case 'WHOLE_NUMBER': return numeric && Number.isInteger(n);
    case 'NUMBER_BETWEEN': return numeric && n >= (validation.a as number) && n <= (validation.b as number);
    case 'EMAIL': return EMAIL.test(text.trim());
    case 'URL': return URL_SHAPE.test(text.trim());
    case 'LENGTH_AT_LEAST': return text.length >= (validation.a as number);
    case 'LENGTH_AT_MOST': return text.length <= (validation.a as number);
    // Forms matches the whole answer for "matches" and any part for "contains" [P].
    case 'MATCHES': return new RegExp(`^(?:${validation.pattern})$`).test(text);
    case 'CONTAINS': return new RegExp(validation.pattern as string).test(text);
    default: return true;
  }
}

/**
 * What the Forms page says when an answer breaks an item's validation, or null: the item's help
 * text when it has one, else a sentence naming the rule [U: Forms' own default texts are not modelled].
 */
export function validationProblem(title: string, validation: TextValidationState | undefined, text: string): string | null {
  if (!validation || passes(validation, text)) return null;
  return validation.helpText || `"${title}" does not meet its validation (${validation.rule.toLowerCase().replace(/_/g, ' ')}).`;
}
