import type { Line } from '../layout/types.js';
import type { Warning } from '../schema/document.js';
import { printableBullet } from '../vocabulary/bullets.js';

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

/**
 * Accounts for every line: each one is claimed exactly once, as part of a field, as furniture,
 * or as a warning. What is left unclaimed at the end is reported, never dropped.
 */
export class Ledger {
  readonly roles = new Map<number, LineRole>();
  readonly warnings: Warning[] = [];

  claim(lines: Line | readonly Line[], kind: RoleKind, pointer: string | null): void {
    for (const line of Array.isArray(lines) ? lines : [lines]) {
      if (!this.roles.has(line.id)) this.roles.set(line.id, { kind, pointer });
    }
  }

  warn(code: string, message: string, page: number | null): void {
    this.warnings.push({ code, message, page });
  }

  /** A line that fits nowhere: quoted in a warning so the user sees what was not read. */
  reject(line: Line, code: string, reason: string): void {
    if (!this.roles.has(line.id)) this.roles.set(line.id, { kind: 'warning', pointer: null, warning: code });
    this.warn(code, `${reason}, page ${line.page}: "${line.bullet ? `${printableBullet(line.bullet)} ` : ''}${line.text}"`, line.page);
  }

  rejectAll(lines: readonly Line[], reason: string): void {
    for (const line of lines) this.reject(line, 'REGEL_NIET_HERKEND', reason);
  }

  isClaimed(line: Line): boolean {
    return this.roles.has(line.id);
  }
}
