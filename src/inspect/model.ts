import type { LayoutDocument } from '../layout/types.js';
import type { LineRole, RoleKind } from '../parse/ledger.js';
import type { Hr21Document, Warning } from '../schema/document.js';
import type { CodedWarning } from '../warnings/warning-codes.js';
import { lineRect } from '../emit/sources.js';
import { printableBullet } from '../vocabulary/bullets.js';

/** What the inspection page draws for one line: where it is, what it says and what it became. */
export interface InspectLine {
  id: number;
  /** Left, top, right, bottom as fractions of the page from its top-left corner. */
  norm: [number, number, number, number];
  text: string;
  kind: RoleKind | 'onverantwoord';
  pointer: string | null;
  warning: string | null;
  fontSize: number;
  /** For a line read by OCR: the engine's confidence (0–100) and the words it was unsure of. */
  ocr: { confidence: number; unsure: string[] } | null;
}

export interface InspectPage {
  number: number;
  width: number;
  height: number;
  lines: InspectLine[];
}

export interface InspectModel {
  file: string;
  title: string | null;
  pages: InspectPage[];
  /** With their values when the parser made them here, so the page can word them in either language. */
  warnings: (Warning | CodedWarning)[];
  counts: { functies: number; modules: number; overzicht: number };
}

/** The inspection page's data: every line of every page with its role, and the warnings. */
export function inspectModel(
  document: Hr21Document,
  layout: LayoutDocument,
  roles: ReadonlyMap<number, LineRole>,
  warnings: readonly (Warning | CodedWarning)[] = document.warnings,
): InspectModel {
  return {
    file: document.source.file,
    title: document.source.title,
    pages: layout.pages.map((page) => ({
      number: page.number,
      width: page.width,
      height: page.height,
      lines: page.lines.map((line) => {
        const role = roles.get(line.id);
        return {
          id: line.id,
          norm: lineRect(line, page.width, page.height).norm,
          text: `${line.bullet ? `${printableBullet(line.bullet)} ` : ''}${line.text}`,
          kind: role?.kind ?? 'onverantwoord',
          pointer: role?.pointer ?? null,
          warning: role?.warning ?? null,
          fontSize: line.fontSize,
          ocr: line.confidence === undefined ? null : { confidence: line.confidence, unsure: line.unsure ?? [] },
        };
      }),
    })),
    warnings: [...warnings],
    counts: { functies: document.functies.length, modules: document.modules.length, overzicht: document.overzicht.length },
  };
}
