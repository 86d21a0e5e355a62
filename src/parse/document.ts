import { Hr21Error } from '../errors/hr21-error.js';
import type { LayoutDocument, LayoutPage, Line } from '../layout/types.js';
import type { Module, OverzichtRij } from '../schema/document.js';
import { patterns } from '../vocabulary/headings.js';
import { type ParsedFunctie, parseFunctie } from './functie.js';
import { Ledger } from './ledger.js';
import { parseModule } from './module.js';
import { isOverzichtHeader, parseOverzicht } from './overzicht.js';

interface IndexRange {
  van: number;
  /** Exclusive. */
  tot: number;
}

/** One overview table and the export it describes: files may hold several exports appended. */
export interface OverzichtDeel {
  /** The page the table starts on; warnings about it point there. */
  pagina: number;
  /** Its rows in `overzicht`. */
  rijen: IndexRange;
  /** The functions and modules after it up to the next overview; the first also takes those before it. */
  functies: IndexRange;
  modules: IndexRange;
}

export interface ParsedDocument {
  overzicht: OverzichtRij[];
  overzichten: OverzichtDeel[];
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

/**
 * A title page: its first line set well above the size of the export's text (its overview's).
 * The same title on each appended export's cover, at the same place, may have been taken for a
 * running line: a running line set that large is the title still.
 */
function isCoverPage(page: LayoutPage, textSize: number): boolean {
  const large = (line: Line) => line.fontSize >= textSize * 1.2;
  const first = page.lines.find((line) => !line.furniture || (line.furniture === 'running' && large(line)));
  return first !== undefined && large(first);
}

/**
 * Where an appended export starts, before its overview: the caption above the table on its page,
 * and a cover page right before it. Returns the index of its first line in `content`.
 */
function exportStart(layout: LayoutDocument, content: readonly Line[], from: number, overview: number): number {
  const page = (content[overview] as Line).page;
  let start = overview;
  while (start > from && (content[start - 1] as Line).page === page) start--;
  const coverPage = (content[start - 1] as Line | undefined)?.page;
  let cover = start;
  while (cover > from && (content[cover - 1] as Line).page === coverPage) cover--;
  // The previous document must keep a line on an earlier page: its own heading at least.
  const previousKeepsPage = cover > from && (content[cover - 1] as Line).page < (coverPage ?? 0);
  const coverLines = layout.pages.find((candidate) => candidate.number === coverPage);
  return coverPage === page - 1 && previousKeepsPage && coverLines !== undefined && isCoverPage(coverLines, (content[overview] as Line).fontSize) ? cover : start;
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

  const result: ParsedDocument = { overzicht: [], overzichten: [], functies: [], modules: [], ledger };
  // A later overview opens an appended export: its cover and caption end the document before it.
  const ends = anchors.map((anchor, position) => {
    const next = anchors[position + 1];
    if (!next) return content.length;
    return next.kind === 'overzicht' ? exportStart(layout, content, anchor.index + 1, next.index) : next.index;
  });
  anchors.forEach((anchor, position) => {
    const end = ends[position] as number;
    const part = content.slice(anchor.index, end);
    switch (anchor.kind) {
      case 'overzicht': {
        const page = (content[anchor.index] as Line).page;
        // An appended export's cover page, and the caption above its table.
        for (const line of content.slice(position > 0 ? (ends[position - 1] as number) : anchor.index, anchor.index)) {
          if (line.page < page) ledger.claim(line, 'furniture', null);
          else ledger.claim(line, 'kop', '/overzicht');
        }
        const rijen = parseOverzicht(part, ledger, result.overzicht.length);
        const van = result.overzicht.length;
        result.overzichten.push({
          pagina: page,
          rijen: { van, tot: van + rijen.length },
          functies: { van: result.functies.length, tot: 0 },
          modules: { van: result.modules.length, tot: 0 },
        });
        result.overzicht.push(...rijen);
        break;
      }
      case 'functie':
        result.functies.push(parseFunctie(part, result.functies.length, ledger, layout.metrics));
        break;
      case 'module':
        result.modules.push(parseModule(part, result.modules.length, ledger, layout.metrics));
        break;
    }
  });
  result.overzichten.forEach((deel, index) => {
    const next = result.overzichten[index + 1];
    if (index === 0) deel.functies.van = deel.modules.van = 0;
    deel.functies.tot = next?.functies.van ?? result.functies.length;
    deel.modules.tot = next?.modules.van ?? result.modules.length;
  });
  for (const line of content) {
    if (!ledger.isClaimed(line)) ledger.reject(line, 'REGEL_NIET_HERKEND', 'text that fits no field');
  }
  return result;
}
