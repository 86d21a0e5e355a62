import { bulletLeftOf } from './bullet-marks.js';
import type { GreyImage } from './grey-image.js';
import { baselineAt, tallLetter } from './line-geometry.js';
import { isNoise, withoutSpeckPunctuation } from './specks.js';
import type { OcrLine, OcrWord } from './tesseract.js';

/**
 * Shaped like a list bullet, whatever the engine read it as ("e", "o", "«", "*", "•"): the
 * first word of a line, one or two characters, standing clear of the text after it, and either
 * raised off the baseline (a dot or a dash sits at mid-height; a letter stands on the baseline)
 * or no letter at all.
 */
export function isBulletShape(line: OcrLine, index: number): boolean {
  if (index !== 0 || line.words.length < 2) return false;
  const [mark, next] = line.words as [OcrWord, OcrWord];
  const text = mark.text.trim();
  if (text.length > 2 || /^\d+[.)]?$/.test(text)) return false;
  const tall = tallLetter(line);
  if (next.x0 - mark.x1 < 0.25 * tall) return false;
  const raised = baselineAt(line, (mark.x0 + mark.x1) / 2) - mark.y1 >= 0.12 * tall;
  const letter = /\p{L}/u.test(text);
  // A mark read with a stray stroke ("_°") may come out wider than a letter, never taller.
  const small = mark.x1 - mark.x0 <= (letter ? 0.8 : 1.2) * tall && mark.y1 - mark.y0 <= 0.8 * tall;
  return small && (raised || !letter);
}

/** A bullet the engine glued to the item's first word ("«initieert"): no word starts with these. */
const GLUED_BULLET = /^[«»•·*°■□▪●◦>]+(?=\p{L})/u;

/** Farther from the text than any word space: a mark standing this far off is not a word of the line (in capital heights). */
const APART = 0.8;

/**
 * A first "word" of one or two characters that the ink says is a bullet, however the engine
 * boxed it (a speck beside a dot makes its box a letter's size): the largest blob between it and
 * the text is small and either raised off the baseline, as dots and dashes are, or stands
 * farther from the text than a word space, as an "o" bullet on the baseline does.
 */
export function isBulletByInk(line: OcrLine, image: GreyImage): boolean {
  if (line.words.length < 2) return false;
  const [mark, next] = line.words as [OcrWord, OcrWord];
  const text = mark.text.trim();
  // A list is numbered from 1: a lone "0" is an "o" bullet misread.
  if (text.length > 2 || /^[1-9]\d*[.)]?$/.test(text)) return false;
  const tall = tallLetter(line);
  const gap = next.x0 - mark.x1;
  if (gap < 0.25 * tall) return false;
  const baseline = baselineAt(line, next.x0);
  const blob = bulletLeftOf(image, next.x0, baseline, tall);
  if (blob === null) return false;
  return baseline - blob.y1 >= 0.12 * tall || gap >= APART * tall;
}

/** Where the line's text starts: its first word with a letter or digit, after a glued or misread bullet. */
function textStart(line: OcrLine, image: GreyImage): { index: number; x: number } {
  const first = line.words[0] as OcrWord;
  const glued = GLUED_BULLET.exec(first.text)?.[0];
  if (glued !== undefined) {
    // The engine's letter boxes say where the word itself starts.
    const x = first.symbols?.[glued.length]?.x0 ?? first.x0 + ((first.x1 - first.x0) * glued.length) / first.text.length;
    return { index: 0, x };
  }
  const index = line.words.findIndex((word, at) => /[\p{L}\p{N}]/u.test(word.text) && !(at === 0 && (isBulletShape(line, 0) || isBulletByInk(line, image))));
  return index < 0 ? { index: 0, x: first.x0 } : { index, x: (line.words[index] as OcrWord).x0 };
}

/**
 * Bullets by geometry: a line whose text has a small blob of ink to its left is a list item,
 * whatever the engine read the blob as ("e", "o", "«", "*", "_°") or if it read nothing. The
 * marks read before the text give way to one "•" where the blob is. Specks are dropped first.
 */
export function markBullets(lines: readonly OcrLine[], image: GreyImage): { line: OcrLine; bullet: boolean }[] {
  return lines
    .map((line) => ({ ...line, words: withoutSpeckPunctuation(line.words.filter((word) => !isNoise(line, word))) }))
    .filter((line) => line.words.length > 0)
    .map((line) => {
      const start = textStart(line, image);
      const text = line.words.slice(start.index);
      const first = text[0] as OcrWord;
      const glued = GLUED_BULLET.exec(first.text)?.[0];
      const rest = glued === undefined ? text : [{ ...first, text: first.text.slice(glued.length), x0: start.x }, ...text.slice(1)];
      const blob = bulletLeftOf(image, start.x, baselineAt(line, start.x), tallLetter(line));
      if (blob !== null) return { line: { ...line, words: [{ text: '•', confidence: 100, ...blob }, ...rest] }, bullet: true };
      return { line: { ...line, words: [...line.words.slice(0, start.index), ...rest] }, bullet: false };
    });
}
