import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import { walkOperators } from './operator-walk.js';
import { type Matrix, multiply, pageSpace } from './page-space.js';
import { PATH_FIELDS } from './painted-paths.js';
import { loadPdfJs } from './pdfjs.js';
import type { DrawnMark } from './types.js';

/** Larger than any bullet at body sizes, smaller than a table cell or a logo. */
const MAX_SIZE = 12;
const MIN_SIZE = 1;

/** The axis-aligned box of a path's bounding box after the current transform. */
function transformBox(m: Matrix, x0: number, y0: number, x1: number, y1: number): DrawnMark {
  let left = Infinity;
  let bottom = Infinity;
  let right = -Infinity;
  let top = -Infinity;
  for (let corner = 0; corner < 4; corner++) {
    const x = corner & 1 ? x1 : x0;
    const y = corner & 2 ? y1 : y0;
    const tx = x * m[0] + y * m[2] + m[4];
    const ty = x * m[1] + y * m[3] + m[5];
    left = Math.min(left, tx);
    right = Math.max(right, tx);
    bottom = Math.min(bottom, ty);
    top = Math.max(top, ty);
  }
  return { x: left, y: bottom, width: right - left, height: top - bottom };
}

/** Small and roughly square: what a bullet drawn as a shape looks like. */
function isBulletSized(box: DrawnMark): boolean {
  const small = Math.max(box.width, box.height) <= MAX_SIZE && Math.min(box.width, box.height) >= MIN_SIZE;
  return small && box.width <= box.height * 2 && box.height <= box.width * 2;
}

/**
 * Small, roughly square shapes the page paints: bullets that browsers and report generators
 * draw as vector discs or squares instead of setting a glyph. Coordinates are those of the
 * page as shown, like the text runs. Read from the page's operator list: for pdf.js as installed.
 */
export async function drawnMarks(page: PDFPageProxy): Promise<DrawnMark[]> {
  const { OPS } = await loadPdfJs();
  const painted = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke, OPS.stroke, OPS.closeStroke]);
  const marks: DrawnMark[] = [];
  await walkOperators(page, pageSpace(page.view, page.rotate).matrix, (operator, args, matrix) => {
    if (operator !== OPS.constructPath) return;
    const [paint, , bounds] = (args ?? []) as [number, unknown, ArrayLike<number> | null];
    if (!painted.has(paint) || !bounds) return;
    const box = transformBox(matrix, bounds[0] ?? 0, bounds[1] ?? 0, bounds[2] ?? 0, bounds[3] ?? 0);
    if (isBulletSized(box)) marks.push(box);
  });
  return marks;
}

/**
 * The same shapes from the painted paths the parser's pdf.js build reports with the text
 * (painted-paths.ts): `paths` as reported, `start` the page's transform to the page as shown.
 */
export function marksOfPaintedPaths(paths: readonly number[], start: Matrix): DrawnMark[] {
  const marks: DrawnMark[] = [];
  for (let at = 0; at + PATH_FIELDS <= paths.length; at += PATH_FIELDS) {
    const box = transformBox(multiply(start, paths.slice(at + 4, at + PATH_FIELDS)), paths[at] as number, paths[at + 1] as number, paths[at + 2] as number, paths[at + 3] as number);
    if (isBulletSized(box)) marks.push(box);
  }
  return marks;
}
