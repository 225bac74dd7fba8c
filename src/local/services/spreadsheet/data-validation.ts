// SpreadsheetApp.newDataValidation(): the builder and the built rule, which Range.setDataValidation records.
import type { ValidationState } from '../../runtime/state';
import type { Gate } from './gate';
import { DataValidationCriteria } from './enums';

/** A rule as recorded in ValidationState, without the range it is set on. */
export type RuleSpec = Omit<ValidationState, 'range'>;

const CRITERIA_BY_KIND: Record<ValidationState['kind'], string> = {
  list: DataValidationCriteria.VALUE_IN_LIST,
  checkbox: DataValidationCriteria.CHECKBOX,
  date: DataValidationCriteria.DATE_IS_VALID_DATE,
  email: DataValidationCriteria.TEXT_IS_VALID_EMAIL,
  url: DataValidationCriteria.TEXT_IS_VALID_URL,
  other: DataValidationCriteria.CUSTOM_FORMULA,
};

/**
 * Models DataValidation (Google's reference): getHelpText is null when none was set, and
 * getCriteriaValues for a list is [values, showDropdown].
 */
export class LocalDataValidation {
  constructor(
    private readonly gate: Gate,
    readonly spec: RuleSpec,
  ) {}

  getCriteriaType(): string {
    this.gate.call('getCriteriaType');
    return CRITERIA_BY_KIND[this.spec.kind];
  }

  getCriteriaValues(): unknown[] {
    this.gate.call('getCriteriaValues');
    return this.spec.kind === 'list' ? [[...(this.spec.values ?? [])], this.spec.showDropdown ?? true] : [];
  }

  getAllowInvalid(): boolean {
    this.gate.call('getAllowInvalid');
    return this.spec.allowInvalid;
  }

  getHelpText(): string | null {
    this.gate.call('getHelpText');
    return this.spec.helpText ?? null;
  }

  copy(): LocalDataValidationBuilder {
    this.gate.call('copy');
    return new LocalDataValidationBuilder(this.gate, { ...this.spec });
  }
}

/**
 * Models DataValidationBuilder for the criteria Rapport uses. A new rule allows invalid input
 * (shows a warning) unless setAllowInvalid(false): "The default for new data validation rules is
 * true" (Google's DataValidation reference) [C].
 */
export class LocalDataValidationBuilder {
  constructor(
    private readonly gate: Gate,
    private spec: RuleSpec = { kind: 'other', allowInvalid: true },
  ) {}

  private with(method: string, change: Partial<RuleSpec>): this {
    this.gate.call(method);
    this.spec = { ...this.spec, ...change };
    return this;
  }

  /** showDropdown defaults to true, as in Apps Script. */
  requireValueInList(values: string[], showDropdown = true): this {
    return this.with('requireValueInList', { kind: 'list', values: values.map(String), showDropdown });
  }

  requireCheckbox(): this {
    return this.with('requireCheckbox', { kind: 'checkbox', values: undefined, showDropdown: undefined });
  }

  requireDate(): this {
    return this.with('requireDate', { kind: 'date', values: undefined, showDropdown: undefined });
  }

  requireTextIsEmail(): this {
    return this.with('requireTextIsEmail', { kind: 'email', values: undefined, showDropdown: undefined });
  }

  requireTextIsUrl(): this {
    return this.with('requireTextIsUrl', { kind: 'url', values: undefined, showDropdown: undefined });
  }

  setAllowInvalid(allowInvalidData: boolean): this {
    return this.with('setAllowInvalid', { allowInvalid: allowInvalidData });
  }

  setHelpText(helpText: string): this {
    return this.with('setHelpText', { helpText });
  }

  build(): LocalDataValidation {
    this.gate.call('build');
    return new LocalDataValidation(this.gate, withoutUndefined(this.spec));
  }
}

/** Keeps recorded state free of undefined fields, so that it saves and loads back identically. */
function withoutUndefined(spec: RuleSpec): RuleSpec {
  return Object.fromEntries(Object.entries(spec).filter(([, value]) => value !== undefined)) as RuleSpec;
}
