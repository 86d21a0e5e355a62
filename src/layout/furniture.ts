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

/** Keys of lines that repeat at a steady place on enough pages. */
function repeatedKeys(pages: LayoutPage[]): Set<string> {
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
  const keys = new Set<string>();
  for (const [key, lines] of occurrences) {
    const ys = lines.map((line) => line.y).sort((a, b) => a - b);
    const median = ys[Math.floor(ys.length / 2)] ?? 0;
    const tolerance = (lines[0]?.fontSize ?? 10) * 1.5;
    if (lines.filter((line) => Math.abs(line.y - median) <= tolerance).length >= needed) keys.add(key);
  }
  return keys;
}

/**
 * Running headers and footers sit at the page's edge: a repeated line counts only when nothing
 * but other furniture lies between it and the edge. Repeated lines inside the text (the same
 * label on every module page) stay content.
 */
function markRepeated(pages: LayoutPage[]): void {
  const keys = repeatedKeys(pages);
  if (keys.size === 0) return;
  for (const page of pages) {
    const ordered = [...page.lines].sort((a, b) => b.y - a.y);
    for (const [band, lines] of [['top', ordered], ['bottom', [...ordered].reverse()]] as const) {
      for (const line of lines) {
        if (line.furniture) continue;
        if (inEdgeBand(line, page) !== band || !keys.has(repeatKey(line, band))) break;
        line.furniture = PAGE_NUMBER.test(line.text) ? 'page-number' : 'running';
      }
    }
  }
}

/**
 * A one-page document gives no repetition to go by: a short line alone at the top or bottom
 * edge, set well apart from the text, is its running header or footer.
 */
function markLoneEdgeLines(page: LayoutPage): void {
  const content = page.lines.filter((line) => !line.furniture);
  const candidates = [
    [content[0], content[1], 'top'],
    [content.at(-1), content.at(-2), 'bottom'],
  ] as const;
  for (const [edge, neighbour, band] of candidates) {
    if (!edge || !neighbour || inEdgeBand(edge, page) !== band || isStructural(edge.text)) continue;
    const apart = Math.abs(edge.y - neighbour.y) >= 2.5 * Math.max(edge.fontSize, neighbour.fontSize);
    if (apart && edge.text.split(' ').length <= 8) mark(edge, 'running');
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
  for (const page of pages) markKnownLines(page);
  markRepeated(pages);
  const textPages = pages.filter((page) => page.lines.length > 0);
  if (textPages.length === 1) markLoneEdgeLines(textPages[0] as LayoutPage);
}
