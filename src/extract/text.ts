import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import { multiply, pageSpace } from './page-space.js';
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
    // Positions are taken on the page as shown: relative to its view box, after its rotation.
    const space = pageSpace(page.view, page.rotate);
    const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: true });
    const items: TextItem[] = [];
    for (const raw of content.items as PdfJsTextItem[]) {
      if (raw.str === undefined || raw.str.trim() === '') continue;
      const [a, b, c, d, e, f] = multiply(space.matrix, raw.transform);
      const fontSize = Math.hypot(c, d);
      if (fontSize === 0) continue;
      items.push({
        text: raw.str,
        x: e,
        y: f,
        width: raw.width,
        fontSize,
        fontId: raw.fontName,
        rotated: Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 || a < 0,
      });
    }
    const scanned = items.length === 0 && (await paintsImages(page));
    return { number: page.pageNumber, width: space.width, height: space.height, items, marks: [], scanned };
  } finally {
    page.cleanup();
  }
}
