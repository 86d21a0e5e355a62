/**
 * What the parser's pdf.js build adds to a page's text content (scripts/pdfjs-painted-paths.ts):
 * one item of this type per content stream that paints paths (the page's own, each form
 * XObject's), and always one for the page. Each painted path is PATH_FIELDS numbers: its bounding
 * box in the coordinates it was drawn in (x0, y0, x1, y1, as pdf.js's operator list gives it)
 * and the current transform then (a, b, c, d, e, f). pdf.js as installed adds no such item.
 */
export const PAINTED_PATHS = 'hr21:paintedPaths';
export const PATH_FIELDS = 10;

export interface PaintedPathsItem {
  type: typeof PAINTED_PATHS;
  paths: number[];
}

export function isPaintedPaths(item: { type?: unknown }): item is PaintedPathsItem {
  return item.type === PAINTED_PATHS;
}
