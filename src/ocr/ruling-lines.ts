import { type GreyImage, INK } from './grey-image.js';

/** Longer than any letter's stroke: a vertical stroke this tall is a table rule (inches). */
const VERTICAL_RULE = 0.3;
/** Wider than any letter or dash: a horizontal stroke this long is a rule or an underline bar (inches). */
const HORIZONTAL_RULE = 0.5;
const PAPER = 255;
/** Pixels either side of a rule that belong to its blurred edge. */
const EDGE = 2;

/**
 * Whitens table rules and frame lines. The engine reads a cell border as "|", "[" or "l" and
 * glues the cells on either side into one word; the overview table of an HR21 book is ruled.
 * Strokes longer than any glyph's are erased, everything shorter is left as it is.
 */
export function eraseRulingLines(image: GreyImage, dpi: number): GreyImage {
  const { width, height } = image;
  const pixels = image.pixels.slice();
  // Rows: pixel (x, y) is x along row y; columns: y along column x.
  eraseRuns(image, pixels, height, width, (row, x) => row * width + x, Math.round(HORIZONTAL_RULE * dpi));
  eraseRuns(image, pixels, width, height, (column, y) => y * width + column, Math.round(VERTICAL_RULE * dpi));
  return { width, height, pixels };
}

/** Whitens, in `out`, every unbroken run of ink at least `minimum` long along each of `lines` lines. */
function eraseRuns(image: GreyImage, out: Uint8Array, lines: number, length: number, at: (line: number, along: number) => number, minimum: number): void {
  for (let line = 0; line < lines; line++) {
    let start = -1;
    for (let along = 0; along <= length; along++) {
      const ink = along < length && (image.pixels[at(line, along)] as number) < INK;
      if (ink && start < 0) start = along;
      if (!ink && start >= 0) {
        if (along - start >= minimum) {
          // The rule's anti-aliased edges, a line or two either side, go with it.
          for (let edge = Math.max(0, line - EDGE); edge <= Math.min(lines - 1, line + EDGE); edge++) {
            for (let erase = start; erase < along; erase++) out[at(edge, erase)] = PAPER;
          }
        }
        start = -1;
      }
    }
  }
}
