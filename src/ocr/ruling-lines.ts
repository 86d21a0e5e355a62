import type { GreyImage } from './grey-image.js';

const INK = 128;
/** Longer than any letter's stroke: a vertical stroke this tall is a table rule (inches). */
const VERTICAL_RULE = 0.3;
/** Wider than any letter or dash: a horizontal stroke this long is a rule or an underline bar (inches). */
const HORIZONTAL_RULE = 0.5;
const PAPER = 255;

/**
 * Whitens table rules and frame lines. The engine reads a cell border as "|", "[" or "l" and
 * glues the cells on either side into one word; the overview table of an HR21 book is ruled.
 * Strokes longer than any glyph's are erased, everything shorter is left as it is.
 */
export function eraseRulingLines(image: GreyImage, dpi: number): GreyImage {
  const { width, height } = image;
  const pixels = image.pixels.slice();
  const vertical = Math.round(VERTICAL_RULE * dpi);
  const horizontal = Math.round(HORIZONTAL_RULE * dpi);
  const isInk = (index: number) => (image.pixels[index] as number) < INK;
  for (let y = 0; y < height; y++) {
    let start = -1;
    for (let x = 0; x <= width; x++) {
      const ink = x < width && isInk(y * width + x);
      if (ink && start < 0) start = x;
      if (!ink && start >= 0) {
        if (x - start >= horizontal) pixels.fill(PAPER, y * width + start, y * width + x);
        start = -1;
      }
    }
  }
  for (let x = 0; x < width; x++) {
    let start = -1;
    for (let y = 0; y <= height; y++) {
      const ink = y < height && isInk(y * width + x);
      if (ink && start < 0) start = y;
      if (!ink && start >= 0) {
        if (y - start >= vertical) for (let at = start; at < y; at++) pixels[at * width + x] = PAPER;
        start = -1;
      }
    }
  }
  return { width, height, pixels };
}
