import { Hr21Error } from '../errors/hr21-error.js';
import type { LayoutDocument, Line } from '../layout/types.js';
import type { Module, OverzichtRij } from '../schema/document.js';
import { patterns } from '../vocabulary/headings.js';
import { type ParsedFunctie, parseFunctie } from './functie.js';
import { Ledger } from './ledger.js';
import { parseModule } from './module.js';
import { isOverzichtHeader, parseOverzicht } from './overzicht.js';

export interface ParsedDocument {
  overzicht: OverzichtRij[];
  /** The page the overview table starts on; warnings about the overview point there. */
  overzichtPagina: number | null;
  functies: ParsedFunctie[];
  modules: Module[];
  ledger: Ledger;
}

type AnchorKind = 'overzicht' | 'functie' | 'module';

function anchorKind(line: Line): AnchorKind | null {
  if (line.bullet !== null) return null;
  if (patterns.functiebeschrijving.test(line.text)) return 'functie';
  if (patterns.moduleDocument.test(line.text)) return 'module';
  if (isOverzichtHeader(line)) return 'overzicht';
  return null;
}

/**
 * Lines before the first HR21 structure: whole pages of them are the cover; lines above the
 * overview on its own page are its caption; anything else is reported.
 */
function accountPreamble(lines: readonly Line[], first: Line, firstKind: AnchorKind, ledger: Ledger): void {
  for (const line of lines) {
    if (line.page < first.page) ledger.claim(line, 'furniture', null);
    else if (firstKind === 'overzicht') ledger.claim(line, 'kop', '/overzicht');
    else ledger.reject(line, 'REGEL_NIET_HERKEND', 'text before the first function');
  }
}

/** Splits the document at its anchors (overview header, "Functiebeschrijving", "Module HR21") and parses each part. */
export function parseDocument(layout: LayoutDocument): ParsedDocument {
  const ledger = new Ledger();
  const content: Line[] = [];
  for (const page of layout.pages) {
    for (const line of page.lines) {
      if (line.furniture) ledger.claim(line, 'furniture', null);
      else content.push(line);
    }
  }
  const anchors: { kind: AnchorKind; index: number }[] = [];
  content.forEach((line, index) => {
    const kind = anchorKind(line);
    // A repeated overview header on the next page belongs to the table, not a new part.
    if (kind && !(kind === 'overzicht' && anchors.at(-1)?.kind === 'overzicht')) anchors.push({ kind, index });
  });
  const firstAnchor = anchors[0];
  if (!firstAnchor) {
    throw new Hr21Error('HR21_NOT_HR21', 'no HR21 structure found: no "Functiebeschrijving", "Module HR21" or overview table', { params: {} });
  }
  accountPreamble(content.slice(0, firstAnchor.index), content[firstAnchor.index] as Line, firstAnchor.kind, ledger);

  const overzichtAnchor = anchors.find((anchor) => anchor.kind === 'overzicht');
  const result: ParsedDocument = {
    overzicht: [],
    overzichtPagina: overzichtAnchor ? (content[overzichtAnchor.index]?.page ?? null) : null,
    functies: [],
    modules: [],
    ledger,
  };
  anchors.forEach((anchor, position) => {
    const end = anchors[position + 1]?.index ?? content.length;
    const part = content.slice(anchor.index, end);
    switch (anchor.kind) {
      case 'overzicht':
        result.overzicht.push(...parseOverzicht(part, ledger, result.overzicht.length));
        break;
      case 'functie':
        result.functies.push(parseFunctie(part, result.functies.length, ledger, layout.metrics));
        break;
      case 'module':
        result.modules.push(parseModule(part, result.modules.length, ledger, layout.metrics));
        break;
    }
  });
  for (const line of content) {
    if (!ledger.isClaimed(line)) ledger.reject(line, 'REGEL_NIET_HERKEND', 'text that fits no field');
  }
  return result;
}
