import type { OcrLine } from './tesseract.js';

/** Where the engine's baseline of a line lies at `x`, in image pixels. */
export function baselineAt(line: OcrLine, x: number): number {
  const { x0, y0, x1, y1 } = line.baseline;
  return x1 === x0 ? y0 : y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
}

/** Ascender to baseline: the height of a capital or a tall letter, in pixels. */
export function tallLetter(line: OcrLine): number {
  return Math.max(1, line.rowHeight - line.descenders);
}
