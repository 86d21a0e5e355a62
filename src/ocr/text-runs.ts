import type { TextItem } from '../extract/types.js';
import { apostropheByShape } from './apostrophes.js';
import { markBullets } from './bullet-lines.js';
import { dashByLength } from './dashes.js';
import type { GreyImage } from './grey-image.js';
import { baselineAt } from './line-geometry.js';
import { readLineWords } from './reading-rules.js';
import { countedLevel } from './roman-levels.js';
import { bodyStroke, isBoldStroke, strokeWidth } from './stroke-weight.js';
import type { OcrLine, OcrPageResult, OcrWord } from './tesseract.js';

/** How an OCR'd page maps to PDF units: the image's pixels over the displayed page's size. */
export interface PageFrame {
  image: GreyImage;
  /** Page size in PDF units. */
  width: number;
  height: number;
}

/** The engine's row height (descender to ascender) as a share of the font size, for common text faces. */
const ROW_HEIGHT_PER_EM = 0.95;
/** Font sizes are rounded to this, so one size read a little differently on two lines stays one size. */
const SIZE_STEP = 0.5;

/** Font ids of OCR'd text: the engine gives no font, but stroke weight tells bold from regular. */
export const OCR_FONT = { regular: 'ocr', bold: 'ocr-bold' } as const;

/**
 * Each line's font size from its height. The engine's row height varies a little with the
 * letters a line holds, so sizes within a sixth of the page's commonest size are taken to be it.
 */
function fontSizes(lines: readonly OcrLine[], sy: number): number[] {
  const raw = lines.map((line) => Math.max(SIZE_STEP, Math.round(line.rowHeight / sy / ROW_HEIGHT_PER_EM / SIZE_STEP) * SIZE_STEP));
  const weight = new Map<number, number>();
  lines.forEach((line, index) => {
    const size = raw[index] as number;
    weight.set(size, (weight.get(size) ?? 0) + line.words.reduce((sum, word) => sum + word.text.length, 0));
  });
  let common = raw[0] ?? SIZE_STEP;
  for (const [size, count] of weight) if (count > (weight.get(common) ?? 0)) common = size;
  return raw.map((size) => (Math.abs(size - common) <= common / 6 ? common : size));
}

/**
 * Turns recognised lines into the text runs extraction produces for a text layer: one run a
 * word, in PDF units (origin bottom-left), its baseline from the engine's line, its font size
 * from the line's height, and its confidence. Bullets are told by geometry, the document's
 * vocabulary puts back what the engine misread.
 */
export function toTextItems(result: OcrPageResult, frame: PageFrame): TextItem[] {
  const sx = frame.image.width / frame.width;
  const sy = frame.image.height / frame.height;
  const marked = markBullets(result.lines, frame.image);
  const lines = marked.map(({ line }) => line);
  const sizes = fontSizes(lines, sy);
  const strokes = lines.flatMap((line) =>
    line.words.map((word) => ({ ratio: strokeWidth(frame.image, word) / Math.max(1, line.rowHeight), weight: word.text.length })),
  );
  const body = bodyStroke(strokes);
  const items: TextItem[] = [];
  let at = 0;
  for (const [index, line] of lines.entries()) {
    const fontSize = sizes[index] as number;
    const bullet = (marked[index] as { bullet: boolean }).bullet;
    const words = line.words.slice(bullet ? 1 : 0);
    const read = readLineWords(words.map((word) => word.text)).map((text, at) => {
      const word = words[at] as OcrWord;
      return apostropheByShape(dashByLength(countedLevel(text, frame.image, line, word), line, word), frame.image, line, word);
    });
    const texts = [...(bullet ? ['•'] : []), ...read];
    line.words.forEach((word, wordIndex) => {
      const stroke = strokes[at++]?.ratio ?? 0;
      items.push({
        // Every word is a word: a trailing space keeps two close words apart when layout joins runs.
        text: wordIndex < line.words.length - 1 ? `${texts[wordIndex] as string} ` : (texts[wordIndex] as string),
        x: word.x0 / sx,
        y: frame.height - baselineAt(line, (word.x0 + word.x1) / 2) / sy,
        width: (word.x1 - word.x0) / sx,
        fontSize,
        fontId: isBoldStroke(stroke, body) ? OCR_FONT.bold : OCR_FONT.regular,
        rotated: false,
        confidence: word.confidence,
      });
    });
  }
  return items;
}
