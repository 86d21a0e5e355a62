import { type GreyImage, INK } from './grey-image.js';

/** Rows or columns sampled: enough to see lines of text, cheap on a 300-dpi page. */
const SAMPLES = 400;
/** Ink between lines, blank between lines: rows of a page set in horizontal lines vary this much more than its columns. */
const SIDEWAYS_RATIO = 1.5;

function variance(values: number[]): number {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length;
}

/** Share of ink along each of `SAMPLES` rows (or columns) of the image. */
function profile(image: GreyImage, alongRows: boolean): number[] {
  const { width, height, pixels } = image;
  const count = Math.min(SAMPLES, alongRows ? height : width);
  const length = alongRows ? width : height;
  const step = Math.max(1, Math.floor(length / SAMPLES));
  return Array.from({ length: count }, (_, index) => {
    const at = Math.floor(((index + 0.5) * (alongRows ? height : width)) / count);
    let ink = 0;
    let seen = 0;
    for (let along = 0; along < length; along += step) {
      const value = alongRows ? pixels[at * width + along] : pixels[along * width + at];
      if ((value as number) < INK) ink++;
      seen++;
    }
    return ink / seen;
  });
}

/**
 * Whether the page's text runs up or down rather than across: lines of text make the ink of
 * the rows alternate with the blank between lines; on a page turned sideways the columns do.
 */
export function looksSideways(image: GreyImage): boolean {
  const rows = variance(profile(image, true));
  const columns = variance(profile(image, false));
  return columns > SIDEWAYS_RATIO * rows;
}

/** Below this mean word confidence a page may be upside down: it is read the other way round too. */
export const UPRIGHT_CONFIDENCE = 70;

/** Quarter turns that bring the page's lines level (0 or 1); whether it is then upside down is left to reading. */
export function levelTurns(image: GreyImage): number {
  return looksSideways(image) ? 1 : 0;
}
