import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import { type Matrix, pageSpace } from './page-space.js';
import { isPaintedPaths } from './painted-paths.js';
import { loadPdfJs } from './pdfjs.js';
import type { ExtractedPage, TextItem } from './types.js';

/** Anything but white space: what `str.trim() !== ''` tells, without making the trimmed copy. */
const VISIBLE = /\S/;

interface PdfJsTextItem {
  str?: string;
  type?: string;
  transform: number[];
  width: number;
  fontName: string;
}

export interface PageText {
  page: ExtractedPage;
  /** From PDF user space to the page as shown. */
  space: Matrix;
  /**
   * The paths the page paints, when pdf.js reported them with the text (the parser's own pdf.js
   * build), as painted-paths.ts lays them out; null when it did not, and only the operator list can tell.
   */
  paintedPaths: number[] | null;
}

/**
 * Only for pages without text, so it stays off the normal path: whether the page shows
 * images, which is what a scan without a text layer looks like.
 */
async function paintsImages(page: PDFPageProxy): Promise<boolean> {
  const { OPS } = await loadPdfJs();
  const images = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat]);
  const operators = await page.getOperatorList();
  return operators.fnArray.some((operator) => images.has(operator));
}

/** Takes a page's text runs and releases the page's resources at once. */
export async function extractPageText(page: PDFPageProxy): Promise<PageText> {
  try {
    // Positions are taken on the page as shown: relative to its view box, after its rotation.
    const space = pageSpace(page.view, page.rotate);
    const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: true });
    // The product with the page's matrix, written out: no array per run (a book has a hundred
    // thousand runs) for the collector to sweep up.
    const [ma, mb, mc, md, me, mf] = space.matrix;
    const items: TextItem[] = [];
    let paths: number[] | null = null;
    for (const raw of content.items as PdfJsTextItem[]) {
      if (raw.str === undefined) {
        if (isPaintedPaths(raw)) paths = paths === null ? raw.paths : paths.concat(raw.paths);
        continue;
      }
      if (!VISIBLE.test(raw.str)) continue;
      const t = raw.transform;
      const a = t[0] ?? 1;
      const b = t[1] ?? 0;
      const c = t[2] ?? 0;
      const d = t[3] ?? 1;
      const e = t[4] ?? 0;
      const f = t[5] ?? 0;
      const tc = c * ma + d * mc;
      const td = c * mb + d * md;
      const fontSize = Math.hypot(tc, td);
      if (fontSize === 0) continue;
      const ta = a * ma + b * mc;
      const tb = a * mb + b * md;
      items.push({
        text: raw.str,
        x: e * ma + f * mc + me,
        y: e * mb + f * md + mf,
        width: raw.width,
        fontSize,
        fontId: raw.fontName,
        rotated: Math.abs(tb) > 1e-3 || Math.abs(tc) > 1e-3 || ta < 0,
      });
    }
    const scanned = items.length === 0 && (await paintsImages(page));
    return { page: { number: page.pageNumber, width: space.width, height: space.height, items, marks: [], scanned }, space: space.matrix, paintedPaths: paths };
  } finally {
    page.cleanup();
  }
}
