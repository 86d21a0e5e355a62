import type { Line } from '../layout/types.js';
import { printableBullet } from '../vocabulary/bullets.js';
import type { CodedWarning } from '../warnings/warning-codes.js';

/** What a line became; the inspection view colours lines by it. */
export type RoleKind =
  | 'kop'
  | 'veld'
  | 'functiereeks'
  | 'functiegroep'
  | 'kenmerk'
  | 'taak'
  | 'module'
  | 'activiteit'
  | 'overzicht'
  | 'furniture'
  | 'warning';

export interface LineRole {
  kind: RoleKind;
  /** JSON Pointer of the value the line went into; null for furniture and warnings. */
  pointer: string | null;
  /** For a line that became a warning: the warning's code. */
  warning?: string;
}

/** The warnings that quote a line the parser could not place. */
export type RejectionCode = 'REGEL_NIET_HERKEND' | 'KOP_ONBEKEND' | 'SECTIE_ZONDER_NAAM' | 'SECTIE_DUBBEL';

/**
 * Accounts for every line: each one is claimed exactly once, as part of a field, as furniture,
 * or as a warning. What is left unclaimed at the end is reported, never dropped.
 */
export class Ledger {
  readonly roles = new Map<number, LineRole>();
  readonly warnings: CodedWarning[] = [];

  claim(lines: Line | readonly Line[], kind: RoleKind, pointer: string | null): void {
    for (const line of Array.isArray(lines) ? lines : [lines]) {
      if (!this.roles.has(line.id)) this.roles.set(line.id, { kind, pointer });
    }
  }

  warn(warning: CodedWarning): void {
    this.warnings.push(warning);
  }

  /** A line that fits nowhere: quoted in a warning so the user sees what was not read. */
  reject(line: Line, code: RejectionCode, reason: string): void {
    if (!this.roles.has(line.id)) this.roles.set(line.id, { kind: 'warning', pointer: null, warning: code });
    const printed = `${line.bullet ? `${printableBullet(line.bullet)} ` : ''}${line.text}`;
    this.warn({ code, message: `${reason}, page ${line.page}: "${printed}"`, page: line.page, params: { page: line.page, line: printed } });
  }

  rejectAll(lines: readonly Line[], reason: string): void {
    for (const line of lines) this.reject(line, 'REGEL_NIET_HERKEND', reason);
  }

  isClaimed(line: Line): boolean {
    return this.roles.has(line.id);
  }
}
