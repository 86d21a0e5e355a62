import { largestBlob } from './bullet-marks.js';
import type { GreyImage } from './grey-image.js';
import { baselineAt, tallLetter } from './line-geometry.js';
import type { OcrLine, OcrWord } from './tesseract.js';

/** An acute accent lies at least this much wider than high; a closing quote stands upright (measured: 1.15 and 0.55). */
const ACUTE_WIDTH = 0.85;

/**
 * The apostrophe inside a word ("risico´s", "programma’s") told by its ink: exports print the
 * acute accent ´ or the closing quote ’, and the engine reads both as either. The accent is a
 * short stroke lying at a slant, the quote an upright comma. Only the ink above the small
 * letters is looked at, so the letters on either side do not count.
 */
export function apostropheByShape(text: string, image: GreyImage, line: OcrLine, word: OcrWord): string {
  const tall = tallLetter(line);
  return [...text]
    .map((char, index) => {
      const symbol = word.symbols?.[index];
      if (!/[’´]/.test(char) || symbol === undefined || [...word.text].length !== [...text].length) return char;
      const baseline = baselineAt(line, (symbol.x0 + symbol.x1) / 2);
      const region = { x0: symbol.x0, x1: symbol.x1, y0: baseline - 1.2 * tall, y1: baseline - 0.5 * tall };
      const blob = largestBlob(image, region);
      if (blob === null || blob.y1 >= region.y1 - 1 || blob.y0 <= region.y0 + 1) return char;
      return (blob.x1 - blob.x0) / Math.max(1, blob.y1 - blob.y0) >= ACUTE_WIDTH ? '´' : '’';
    })
    .join('');
}
