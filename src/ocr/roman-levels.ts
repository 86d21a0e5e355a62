import { baselineAt, tallLetter } from './line-geometry.js';
import { type GreyImage, INK } from './grey-image.js';
import type { OcrLine, OcrWord } from './tesseract.js';

/** A column belongs to an upright stroke when ink covers this share of the capital's height. */
const STEM = 0.6;

/**
 * How many upright strokes a word's ink holds between the line's baseline and its capital
 * height: the number of I's in a roman level, which the engine miscounts ("II" for "III", "1!").
 * Serifs and a speck above or below do not reach the share of the height a stem fills.
 */
export function uprightStrokes(image: GreyImage, line: OcrLine, word: OcrWord): number {
  const tall = tallLetter(line);
  const x0 = Math.max(0, Math.floor(word.x0));
  const x1 = Math.min(image.width, Math.ceil(word.x1));
  let strokes = 0;
  let inStroke = false;
  for (let x = x0; x < x1; x++) {
    const baseline = baselineAt(line, x);
    const top = Math.max(0, Math.round(baseline - tall));
    const bottom = Math.min(image.height, Math.round(baseline));
    let inked = 0;
    for (let y = top; y < bottom; y++) if ((image.pixels[y * image.width + x] as number) < INK) inked++;
    const stem = inked >= STEM * (bottom - top);
    if (stem && !inStroke) strokes++;
    inStroke = stem;
  }
  return strokes;
}

/** A level of I's as the rules leave it, with what may follow it on a heading line. */
const ROMAN_LEVEL = /^(I{1,3})([)\]:,;.]?)$/;

/** A roman level the rules read as I's is counted again from the ink: one I a stroke, up to three. */
export function countedLevel(text: string, image: GreyImage, line: OcrLine, word: OcrWord): string {
  const level = ROMAN_LEVEL.exec(text);
  if (level === null) return text;
  const strokes = uprightStrokes(image, line, word);
  return strokes >= 1 && strokes <= 3 ? `${'I'.repeat(strokes)}${level[2]}` : text;
}
