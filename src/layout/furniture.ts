import { isCopyright, PAGE_NUMBER } from '../vocabulary/furniture.js';
import { isStructural } from '../vocabulary/headings.js';
import type { FurnitureKind, LayoutPage, Line } from './types.js';

type Band = 'top' | 'bottom';

/** Running headers and footers live in the top and bottom fifth of a page. */
const EDGE_BAND = 0.2;
/** A line repeated at the same place on at least this share of the text pages is furniture. */
const REPEAT_SHARE = 0.5;

function inEdgeBand(line: Line, page: LayoutPage): Band | null {
  if (page.height <= 0) return null;
  if (line.y >= page.height * (1 - EDGE_BAND)) return 'top';
  if (line.y <= page.height * EDGE_BAND) return 'bottom';
  return null;
}

/** Digits vary from page to page ("Pagina 3 van 9"); the rest of a running line does not. */
function repeatKey(line: Line, band: Band): string {
  return `${band}|${line.text.toLowerCase().replace(/\d+/g, '#')}`;
}

/** Set apart from the text: this many font sizes of white space towards the page's inside. */
const APART = 2.5;
const RUNNING_WORDS = 8;

interface Occurrence {
  line: Line;
  /** Distance to the page edge it belongs to: pages of other sizes put it at other heights. */
  distance: number;
  /** White space separates it from the page's text, as a running line is set. */
  apart: boolean;
}

/** Whether the nearest line towards the page's inside is far away. */
function setApart(line: Line, ordered: readonly Line[], band: Band): boolean {
  const step = band === 'top' ? 1 : -1;
  let next: Line | undefined;
  for (let index = ordered.indexOf(line) + step; index >= 0 && index < ordered.length; index += step) {
    const other = ordered[index] as Line;
    if (!other.furniture) {
      next = other;
      break;
    }
  }
  return next === undefined || Math.abs(line.y - next.y) >= APART * Math.max(line.fontSize, next.fontSize);
}

/**
 * Keys of lines that repeat at a steady distance from the page's edge: on enough of the text
 * pages, or, set apart from the text like a running line, on a few pages only (the running
 * header of a short export appended to another producer's).
 */
function repeatedKeys(pages: LayoutPage[]): Set<string> {
  const textPages = pages.filter((page) => page.lines.length > 0).length;
  const needed = Math.max(2, Math.ceil(textPages * REPEAT_SHARE));
  const occurrences = new Map<string, Occurrence[]>();
  for (const page of pages) {
    const seen = new Set<string>();
    const ordered = [...page.lines].sort((a, b) => b.y - a.y);
    for (const line of page.lines) {
      const band = inEdgeBand(line, page);
      if (!band || line.furniture || isStructural(line.text)) continue;
      const key = repeatKey(line, band);
      if (seen.has(key)) continue;
      seen.add(key);
      const occurrence = { line, distance: band === 'top' ? page.height - line.y : line.y, apart: setApart(line, ordered, band) };
      const found = occurrences.get(key);
      if (found) found.push(occurrence);
      else occurrences.set(key, [occurrence]);
    }
  }
  const keys = new Set<string>();
  for (const [key, found] of occurrences) {
    const distances = found.map((occurrence) => occurrence.distance).sort((a, b) => a - b);
    const median = distances[Math.floor(distances.length / 2)] ?? 0;
    const tolerance = (found[0]?.line.fontSize ?? 10) * 1.5;
    const steady = found.filter((occurrence) => Math.abs(occurrence.distance - median) <= tolerance);
    // Most of them apart: a page may start with a title set large, close under the running header.
    const apart = steady.filter((occurrence) => occurrence.apart).length;
    const runningLike = apart >= Math.max(2, steady.length / 2) && (found[0]?.line.text.split(' ').length ?? 0) <= RUNNING_WORDS;
    if (steady.length >= needed || runningLike) keys.add(key);
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
 * A page that is alone of its kind gives no repetition to go by: a short line alone at the top or
 * bottom edge, set well apart from the text, is its running header or footer, when `outside` says
 * it lies where other pages have no text.
 */
function markLoneEdgeLines(page: LayoutPage, outside: (line: Line, band: Band) => boolean): void {
  const content = page.lines.filter((line) => !line.furniture);
  const candidates = [
    [content[0], content[1], 'top'],
    [content.at(-1), content.at(-2), 'bottom'],
  ] as const;
  for (const [edge, neighbour, band] of candidates) {
    if (!edge || !neighbour || inEdgeBand(edge, page) !== band || isStructural(edge.text)) continue;
    const apart = Math.abs(edge.y - neighbour.y) >= 2.5 * Math.max(edge.fontSize, neighbour.fontSize);
    if (apart && edge.text.split(' ').length <= RUNNING_WORDS && outside(edge, band)) mark(edge, 'running');
  }
}

/**
 * How far a line lies from the edge of its band: at the top, from the line's top, since a text
 * area starts where its first line's letters do, and a page opening with a large title has its
 * baseline lower than one opening with body text; at the bottom, from the baseline.
 */
function edgeDistance(line: Line, page: LayoutPage, band: Band): number {
  return band === 'top' ? page.height - (line.y + line.fontSize) : line.y;
}

/** How close to each edge a page's text comes: the distances of its outermost content lines. */
function reach(page: LayoutPage): Record<Band, number> | null {
  const content = page.lines.filter((line) => !line.furniture);
  if (content.length === 0) return null;
  return {
    top: Math.min(...content.map((line) => edgeDistance(line, page, 'top'))),
    bottom: Math.min(...content.map((line) => edgeDistance(line, page, 'bottom'))),
  };
}

/**
 * For the pages of one file: whether a line lies nearer its edge than any text on the other
 * pages of the same size, where a producer's running header or footer goes. A short export
 * appended to another one may have its own running lines on a single page, or pages of its own size.
 */
function outsideOtherPages(pages: LayoutPage[]): (page: LayoutPage) => (line: Line, band: Band) => boolean {
  const reaches = new Map(pages.map((page) => [page, reach(page)] as const));
  return (page) => (line, band) => {
    const others = pages.filter((other) => other !== page && Math.abs(other.height - page.height) < 1 && Math.abs(other.width - page.width) < 1);
    const nearest = Math.min(...others.map((other) => reaches.get(other)?.[band] ?? Number.POSITIVE_INFINITY));
    // A page alone of its size is judged as a one-page document is.
    return !Number.isFinite(nearest) || edgeDistance(line, page, band) < nearest - line.fontSize;
  };
}

function mark(line: Line, kind: FurnitureKind): void {
  line.furniture ??= kind;
}

/** Page numbers and the VNG copyright line, which may appear on a single page only. */
function markKnownLines(page: LayoutPage): void {
  let copyrightSize: number | null = null;
  for (const line of page.lines) {
    const band = inEdgeBand(line, page);
    if (isCopyright(line.text)) {
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
  if (textPages.length === 1) markLoneEdgeLines(textPages[0] as LayoutPage, () => true);
  else {
    const outside = outsideOtherPages(textPages);
    for (const page of textPages) markLoneEdgeLines(page, outside(page));
  }
}
