import { isStructural } from '../vocabulary/headings.js';
import type { FurnitureKind, LayoutPage, Line } from './types.js';

/** Running headers and footers live in the top and bottom fifth of a page. */
const EDGE_BAND = 0.2;
/** A line repeated at the same place on at least this share of the text pages is furniture. */
const REPEAT_SHARE = 0.5;

const PAGE_NUMBER = /^(?:[-–]\s*)?(?:(?:pagina|page|blz\.?|p\.)\s*)?\d+(?:\s*(?:van|of|\/|de)\s*\d+)?(?:\s*[-–])?$/i;
const COPYRIGHT = /niets\s+van\s+deze\s+uitgave|(?:©|\(c\)|copyright|auteursrecht).*\bvng\b|\bvng\b.*(?:©|copyright|verveelvoudigd)/i;

function inEdgeBand(line: Line, page: LayoutPage): 'top' | 'bottom' | null {
  if (page.height <= 0) return null;
  if (line.y >= page.height * (1 - EDGE_BAND)) return 'top';
  if (line.y <= page.height * EDGE_BAND) return 'bottom';
  return null;
}

/** Digits vary from page to page ("Pagina 3 van 9"); the rest of a running line does not. */
function repeatKey(line: Line, band: 'top' | 'bottom'): string {
  return `${band}|${line.text.toLowerCase().replace(/\d+/g, '#')}`;
}

function markRepeated(pages: LayoutPage[]): void {
  const textPages = pages.filter((page) => page.lines.length > 0).length;
  const needed = Math.max(2, Math.ceil(textPages * REPEAT_SHARE));
  const occurrences = new Map<string, Line[]>();
  for (const page of pages) {
    const seen = new Set<string>();
    for (const line of page.lines) {
      const band = inEdgeBand(line, page);
      if (!band || line.furniture || isStructural(line.text)) continue;
      const key = repeatKey(line, band);
      if (seen.has(key)) continue;
      seen.add(key);
      occurrences.set(key, [...(occurrences.get(key) ?? []), line]);
    }
  }
  for (const lines of occurrences.values()) {
    if (lines.length < needed) continue;
    const ys = lines.map((line) => line.y).sort((a, b) => a - b);
    const median = ys[Math.floor(ys.length / 2)] ?? 0;
    const tolerance = (lines[0]?.fontSize ?? 10) * 1.5;
    const steady = lines.filter((line) => Math.abs(line.y - median) <= tolerance);
    if (steady.length < needed) continue;
    for (const line of steady) line.furniture = PAGE_NUMBER.test(line.text) ? 'page-number' : 'running';
  }
}

function mark(line: Line, kind: FurnitureKind): void {
  line.furniture ??= kind;
}

/** Page numbers and the VNG copyright line, which may appear on a single page only. */
function markKnownLines(page: LayoutPage): void {
  let copyrightSize: number | null = null;
  for (const line of page.lines) {
    const band = inEdgeBand(line, page);
    if (COPYRIGHT.test(line.text)) {
      mark(line, 'copyright');
      copyrightSize = line.fontSize;
    } else if (copyrightSize !== null && band === 'bottom' && Math.abs(line.fontSize - copyrightSize) < 0.25) {
      // The copyright sentence wrapped onto a second line.
      mark(line, 'copyright');
    } else {
      copyrightSize = null;
      if (band && PAGE_NUMBER.test(line.text)) mark(line, 'page-number');
    }
  }
}

/** Marks running headers and footers, page numbers and the copyright line as furniture. */
export function markFurniture(pages: LayoutPage[]): void {
  markRepeated(pages);
  for (const page of pages) markKnownLines(page);
}
