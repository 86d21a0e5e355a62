import { tallLetter } from './line-geometry.js';
import type { OcrLine, OcrWord } from './tesseract.js';

/** Ink length of a hyphen, an en dash and an em dash, in capital heights: about 0.4, 0.75 and 1.4 in text faces. */
const EN_DASH = 0.58;
const EM_DASH = 1.1;

/**
 * The dash opening a word ("en –uitvoering", "en -procedures") told by its length, which the
 * engine does not weigh: it reads all three as whichever it expects.
 */
export function dashByLength(text: string, line: OcrLine, word: OcrWord): string {
  const first = word.symbols?.[0];
  if (!/^[-–—]\p{L}/u.test(text) || first === undefined) return text;
  const length = (first.x1 - first.x0) / tallLetter(line);
  return `${length < EN_DASH ? '-' : length < EM_DASH ? '–' : '—'}${text.slice(1)}`;
}
