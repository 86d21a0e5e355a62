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

/** Measures the body text of the content lines (furniture excluded). */
export function measure(pages: LayoutPage[]): Metrics {
  const content = pages.flatMap((page) => page.lines.filter((line) => !line.furniture));
  const bodyFontSize = weightedMode(content, (line) => line.fontSize, 0.5) ?? 10;
  const body = content.filter((line) => Math.abs(line.fontSize - bodyFontSize) <= bodyFontSize * 0.1);
  const isBody = new Set(body);
  const gaps: number[] = [];
  for (const page of pages) {
    const lines = page.lines.filter((line) => isBody.has(line));
    for (let i = 1; i < lines.length; i++) {
      const gap = (lines[i - 1] as Line).y - (lines[i] as Line).y;
      if (gap > bodyFontSize * 0.8 && gap < bodyFontSize * 2.5) gaps.push(gap);
    }
  }
  return {
    bodyFontSize,
    lineGap: median(gaps) ?? bodyFontSize * 1.2,
    leftMargin: leftMargin(body) ?? 0,
    rightEdge: Math.max(0, ...body.map((line) => line.right)),
  };
}
