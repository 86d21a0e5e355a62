import type { Box } from './bullet-marks.js';
import { blankPgm, type GreyImage, INK, type PgmImage } from './grey-image.js';
import type { OcrPageResult } from './tesseract.js';

/** Side of the cells the page's ink is counted in (inches): a few letters each. */
const CELL = 0.1;
/**
 * A cell with less ink than this share of its pixels is paper: a speck of dust fills 1 % of a
 * 300-dpi cell, a letter, a bullet or a page number's digit several times more.
 */
const INKED_CELL = 0.02;
/** Paper kept around the ink (inches): what stands this close to the text is read, and the engine wants a white border. */
const MARGIN = 0.2;

/**
 * The part of the page that holds its ink, in pixels, with a margin: the cells of a grid that
 * hold more than a speck's worth of ink, boxed. Null when no cell does (a blank page).
 */
export function inkBox(image: GreyImage, dpi: number): Box | null {
  const { width, height, pixels } = image;
  const cell = Math.max(1, Math.round(CELL * dpi));
  const columns = Math.ceil(width / cell);
  const rows = Math.ceil(height / cell);
  const ink = new Uint32Array(columns * rows);
  for (let y = 0; y < height; y++) {
    const row = Math.floor(y / cell) * columns;
    for (let column = 0; column < columns; column++) {
      let count = 0;
      for (let x = column * cell, end = Math.min(width, x + cell); x < end; x++) if ((pixels[y * width + x] as number) < INK) count++;
      ink[row + column] = (ink[row + column] as number) + count;
    }
  }
  const needed = INKED_CELL * cell * cell;
  // The inked cells' extent, in cells.
  let [left, top, right, bottom] = [columns, rows, -1, -1];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      if ((ink[row * columns + column] as number) < needed) continue;
      left = Math.min(left, column);
      top = Math.min(top, row);
      right = Math.max(right, column);
      bottom = Math.max(bottom, row);
    }
  }
  if (right < 0) return null;
  const margin = Math.round(MARGIN * dpi);
  return {
    x0: Math.max(0, left * cell - margin),
    y0: Math.max(0, top * cell - margin),
    x1: Math.min(width, (right + 1) * cell + margin),
    y1: Math.min(height, (bottom + 1) * cell + margin),
  };
}

/**
 * What the engine is given to read: the page's inked part (the whole page when it holds no ink),
 * in a PGM file of its own, and where that part lies on the page. The blank margins cost the
 * engine memory for every pixel, kept at its largest page for as long as the engine lives.
 */
export function inkedPart(image: GreyImage, dpi: number): { pgm: PgmImage; left: number; top: number } {
  const box = inkBox(image, dpi) ?? { x0: 0, y0: 0, x1: image.width, y1: image.height };
  const pgm = blankPgm(box.x1 - box.x0, box.y1 - box.y0);
  for (let y = box.y0; y < box.y1; y++) {
    pgm.image.pixels.set(image.pixels.subarray(y * image.width + box.x0, y * image.width + box.x1), (y - box.y0) * pgm.image.width);
  }
  return { pgm, left: box.x0, top: box.y0 };
}

/** A reading of a part of the page moved to the page's pixels: words, their letters and the baselines. */
export function shiftedBy(result: OcrPageResult, left: number, top: number): OcrPageResult {
  return {
    ...result,
    lines: result.lines.map((line) => ({
      ...line,
      baseline: { x0: line.baseline.x0 + left, y0: line.baseline.y0 + top, x1: line.baseline.x1 + left, y1: line.baseline.y1 + top },
      words: line.words.map((word) => ({
        ...word,
        x0: word.x0 + left,
        y0: word.y0 + top,
        x1: word.x1 + left,
        y1: word.y1 + top,
        ...(word.symbols === undefined ? {} : { symbols: word.symbols.map((symbol) => ({ x0: symbol.x0 + left, x1: symbol.x1 + left })) }),
      })),
    })),
  };
}
