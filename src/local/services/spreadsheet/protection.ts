// Protection: a sheet's or range's protection, recorded in SheetState.protections and changed at once.
import type { ProtectionState, SheetState } from '../../runtime/state';
import { ProtectionType } from './enums';
import type { Gate } from './gate';

/**
 * Models Protection for the calls Rapport makes. Changes apply immediately (they are not cell
 * writes). The runtime has one user per execution who may always edit, so canEdit is true.
 */
export class LocalProtection {
  constructor(
    private readonly gate: Gate,
    private readonly sheet: SheetState,
    readonly state: ProtectionState,
  ) {}

  setWarningOnly(warningOnly: boolean): this {
    this.gate.call('setWarningOnly');
    this.state.warningOnly = warningOnly;
    return this;
  }

  isWarningOnly(): boolean {
    this.gate.call('isWarningOnly');
    return this.state.warningOnly;
  }

  setDescription(description: string): this {
    this.gate.call('setDescription');
    this.state.description = String(description);
    return this;
  }

  getDescription(): string {
    this.gate.call('getDescription');
    return this.state.description;
  }

  getProtectionType(): string {
    this.gate.call('getProtectionType');
    return this.state.range === undefined ? ProtectionType.SHEET : ProtectionType.RANGE;
  }

  canEdit(): boolean {
    this.gate.call('canEdit');
    return true;
  }

  remove(): void {
    this.gate.call('remove');
    this.sheet.protections = this.sheet.protections.filter((protection) => protection !== this.state);
  }
}

/** A sheet's protections of one type (ProtectionType.SHEET or RANGE). */
export function protectionsOf(gate: Gate, sheet: SheetState, type: string): LocalProtection[] {
  const wantSheet = type === ProtectionType.SHEET;
  return sheet.protections
    .filter((protection) => (protection.range === undefined) === wantSheet)
    .map((protection) => new LocalProtection(gate, sheet, protection));
}
