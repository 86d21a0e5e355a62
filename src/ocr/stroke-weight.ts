import { type GreyImage, INK } from './grey-image.js';
import type { OcrWord } from './tesseract.js';

/** Mean length of the horizontal ink runs inside a word's box: the width of its strokes, in pixels. */
export function strokeWidth(image: GreyImage, word: OcrWord): number {
  let runs = 0;
  let inked = 0;
  const x0 = Math.max(0, Math.floor(word.x0));
  const x1 = Math.min(image.width, Math.ceil(word.x1));
  for (let y = Math.max(0, Math.floor(word.y0)); y < Math.min(image.height, Math.ceil(word.y1)); y++) {
    let inRun = false;
    for (let x = x0; x < x1; x++) {
      const ink = (image.pixels[y * image.width + x] as number) < INK;
      if (ink) {
        inked++;
        if (!inRun) runs++;
      }
      inRun = ink;
    }
  }
  return runs === 0 ? 0 : inked / runs;
}

/** The stroke width for its size that most of the page's characters are set in. */
export function bodyStroke(strokes: readonly { ratio: number; weight: number }[]): number {
  const sorted = [...strokes].sort((a, b) => a.ratio - b.ratio);
  const total = sorted.reduce((sum, stroke) => sum + stroke.weight, 0);
  let seen = 0;
  for (const stroke of sorted) {
    seen += stroke.weight;
    if (seen >= total / 2) return stroke.ratio;
  }
  return 0;
}

/** A word whose strokes are this much thicker than the page's usual, for its size, is bold. */
const BOLD_STROKE = 1.3;

/** Whether a word's stroke ratio (stroke width over row height) is bold beside the page's body stroke. */
export function isBoldStroke(ratio: number, body: number): boolean {
  return body > 0 && ratio > BOLD_STROKE * body;
}
