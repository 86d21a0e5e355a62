import type { LayoutPage, Line, Metrics } from './types.js';

/** Characters per value, values rounded to `step`. */
function weights(lines: Line[], value: (line: Line) => number, step: number): Map<number, number> {
  const result = new Map<number, number>();
  for (const line of lines) {
    const key = Math.round(value(line) / step) * step;
    result.set(key, (result.get(key) ?? 0) + line.text.length);
  }
  return result;
}

/** The value carrying the most characters. */
function weightedMode(lines: Line[], value: (line: Line) => number, step: number): number | null {
  let best: number | null = null;
  const byValue = weights(lines, value, step);
  for (const [key, weight] of byValue) if (best === null || weight > (byValue.get(best) ?? 0)) best = key;
  return best;
}

/**
 * The left margin: the leftmost position that carries a real share of the body text. Not the
 * busiest position, which in HR21 documents is the indented text of the lists.
 */
function leftMargin(body: Line[]): number | null {
  const byX = weights(body, (line) => line.x, 1);
  const total = [...byX.values()].reduce((sum, weight) => sum + weight, 0);
  const positions = [...byX.keys()].sort((a, b) => a - b);
  return positions.find((x) => (byX.get(x) ?? 0) >= total * 0.05) ?? positions[0] ?? null;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? null;
}

/**
 * The typical baseline distance. A document with too few plain paragraph or list lines (a short
 * export whose every line is a label or heading) shows only the wider gaps around headings,
 * so it falls back to a common leading.
 */
function lineGap(gaps: number[], bodyFontSize: number): number {
  const typical = median(gaps);
  if (typical === null) return bodyFontSize * 1.2;
  const regular = gaps.filter((gap) => Math.abs(gap - typical) <= typical * 0.1).length;
  return regular >= 10 ? typical : Math.min(typical, bodyFontSize * 1.2);
}

/**
 * The right edge that wrapped lines reach. When few lines come near the widest one (a short
 * export with no long paragraph), the text area is taken to be as wide as the page allows with
 * the left margin mirrored, which is what page set-ups default to.
 */
function rightEdge(body: Line[], bodyFontSize: number, leftMargin: number, pageWidth: number): number {
  // A loop, not Math.max(...lines): a long book's lines would overflow the argument list.
  let widest = 0;
  for (const line of body) widest = Math.max(widest, line.right);
  const full = body.filter((line) => widest - line.right <= 2 * bodyFontSize).length;
  return full >= 3 ? widest : Math.max(widest, pageWidth - leftMargin);
}

/** The pages whose text area, their left margin mirrored, is narrower than the document's. */
function pageRightEdges(pages: LayoutPage[], documentEdge: number): Record<number, number> {
  const edges: Record<number, number> = {};
  for (const page of pages) {
    const margin = leftMargin(page.lines.filter((line) => !line.furniture));
    if (margin === null) continue;
    const edge = page.width - margin;
    if (edge < documentEdge) edges[page.number] = edge;
  }
  return edges;
}

/** Baseline distances between successive lines of one size on a page, leaving out those around headings and blocks. */
function gapsOf(lines: readonly Line[], fontSize: number): number[] {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const gap = (lines[i - 1] as Line).y - (lines[i] as Line).y;
    if (gap > fontSize * 0.8 && gap < fontSize * 2.5) gaps.push(gap);
  }
  return gaps;
}

/** A page needs this many baseline distances like its typical one before it has its own line gap. */
const PAGE_REGULAR_GAPS = 3;

/** The pages set with their own baseline distance, a tenth or more off the document's: their body text's. */
function pageLineGaps(pages: LayoutPage[], documentGap: number): Record<number, number> {
  const result: Record<number, number> = {};
  for (const page of pages) {
    const content = page.lines.filter((line) => !line.furniture);
    const size = weightedMode(content, (line) => line.fontSize, 0.5);
    if (size === null) continue;
    const gaps = gapsOf(content.filter((line) => Math.abs(line.fontSize - size) <= size * 0.1), size);
    const typical = median(gaps);
    if (typical === null || Math.abs(typical - documentGap) <= documentGap * 0.1) continue;
    if (gaps.filter((gap) => Math.abs(gap - typical) <= typical * 0.1).length >= PAGE_REGULAR_GAPS) result[page.number] = typical;
  }
  return result;
}

/** The baseline distance of a paragraph on `page`. */
export function lineGapOn(metrics: Metrics, page: number): number {
  return metrics.pageLineGaps[page] ?? metrics.lineGap;
}

/** Measures the body text of the content lines (furniture excluded). */
export function measure(pages: LayoutPage[]): Metrics {
  const content = pages.flatMap((page) => page.lines.filter((line) => !line.furniture));
  const bodyFontSize = weightedMode(content, (line) => line.fontSize, 0.5) ?? 10;
  const body = content.filter((line) => Math.abs(line.fontSize - bodyFontSize) <= bodyFontSize * 0.1);
  const isBody = new Set(body);
  const gaps = pages.flatMap((page) => gapsOf(page.lines.filter((line) => isBody.has(line)), bodyFontSize));
  const margin = leftMargin(body) ?? 0;
  const pageWidth = median(pages.filter((page) => page.lines.length > 0).map((page) => page.width)) ?? 0;
  const edge = rightEdge(body, bodyFontSize, margin, pageWidth);
  const gap = lineGap(gaps, bodyFontSize);
  return {
    bodyFontSize,
    lineGap: gap,
    leftMargin: margin,
    rightEdge: edge,
    pageRightEdges: pageRightEdges(pages, edge),
    pageLineGaps: pageLineGaps(pages, gap),
  };
}
