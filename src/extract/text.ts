import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import { loadPdfJs } from './pdfjs.js';
import type { ExtractedPage, TextItem } from './types.js';

interface PdfJsTextItem {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
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
export async function extractPageText(page: PDFPageProxy): Promise<ExtractedPage> {
  try {
    // Positions are taken relative to the page's view box, which need not start at 0,0.
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
    const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: true });
    const items: TextItem[] = [];
    for (const raw of content.items as PdfJsTextItem[]) {
      if (raw.str === undefined || raw.str.trim() === '') continue;
      const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = raw.transform;
      const fontSize = Math.hypot(c, d);
      if (fontSize === 0) continue;
      items.push({
        text: raw.str,
        x: e - x0,
        y: f - y0,
        width: raw.width,
        fontSize,
        fontId: raw.fontName,
        rotated: Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 || a < 0,
      });
    }
    const scanned = items.length === 0 && (await paintsImages(page));
    return { number: page.pageNumber, width: x1 - x0, height: y1 - y0, items, marks: [], scanned };
  } finally {
    page.cleanup();
  }
}
