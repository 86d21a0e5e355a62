import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import { walkOperators } from './operator-walk.js';
import { type Matrix, pageSpace } from './page-space.js';
import { loadPdfJs } from './pdfjs.js';
import type { DrawnMark } from './types.js';

/** Larger than any bullet at body sizes, smaller than a table cell or a logo. */
const MAX_SIZE = 12;
const MIN_SIZE = 1;

/** The axis-aligned box of a path's bounding box after the current transform. */
function transformBox(m: Matrix, [x0, y0, x1, y1]: readonly number[]): { x: number; y: number; width: number; height: number } {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of [[x0, y0], [x1, y0], [x0, y1], [x1, y1]] as const) {
    xs.push((x ?? 0) * m[0] + (y ?? 0) * m[2] + m[4]);
    ys.push((x ?? 0) * m[1] + (y ?? 0) * m[3] + m[5]);
  }
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/**
 * Small, roughly square shapes the page paints: bullets that browsers and report generators
 * draw as vector discs or squares instead of setting a glyph. Coordinates are those of the
 * page as shown, like the text runs.
 */
export async function drawnMarks(page: PDFPageProxy): Promise<DrawnMark[]> {
  const { OPS } = await loadPdfJs();
  const painted = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke, OPS.stroke, OPS.closeStroke]);
  const marks: DrawnMark[] = [];
  await walkOperators(page, pageSpace(page.view, page.rotate).matrix, (operator, args, matrix) => {
    if (operator !== OPS.constructPath) return;
    const [paint, , bounds] = (args ?? []) as [number, unknown, ArrayLike<number> | null];
    if (!painted.has(paint) || !bounds) return;
    const box = transformBox(matrix, Array.from(bounds));
    const small = Math.max(box.width, box.height) <= MAX_SIZE && Math.min(box.width, box.height) >= MIN_SIZE;
    if (small && box.width <= box.height * 2 && box.height <= box.width * 2) marks.push(box);
  });
  return marks;
}
