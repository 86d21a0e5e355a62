import type { LayoutPage, Line, Metrics } from './types.js';

/** The value carrying the most characters, values rounded to `step`. */
function weightedMode(lines: Line[], value: (line: Line) => number, step: number): number | null {
  const weights = new Map<number, number>();
  for (const line of lines) {
    const key = Math.round(value(line) / step) * step;
    weights.set(key, (weights.get(key) ?? 0) + line.text.length);
  }
  let best: number | null = null;
  for (const [key, weight] of weights) if (best === null || weight > (weights.get(best) ?? 0)) best = key;
  return best;
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
    leftMargin: weightedMode(body, (line) => line.x, 1) ?? 0,
    rightEdge: Math.max(0, ...body.map((line) => line.right)),
  };
}
