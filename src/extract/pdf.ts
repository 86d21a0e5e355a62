import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import { Hr21Error } from '../errors/hr21-error.js';
import { pagesNeedingDrawings } from './bullet-evidence.js';
import { drawnMarks, marksOfPaintedPaths } from './marks.js';
import { openPdf, type OpenOptions } from './open.js';
import { extractPageText, type PageText } from './text.js';
import type { ExtractedPdf } from './types.js';
import { hasValidXref } from './xref.js';

export interface PageRange {
  from: number;
  to: number;
}

export interface ExtractOptions extends OpenOptions {
  /** Refuse documents with more pages than this (HR21_TOO_LARGE). */
  maxPages?: number;
  /**
   * Told the page count once the PDF is open, returns the pages to extract here (1-based,
   * inclusive); the caller has the others extracted elsewhere. Default: all of them.
   */
  range?: (pageCount: number) => PageRange;
}

function metadataString(info: unknown, key: string): string | null {
  const value = (info as Record<string, unknown> | undefined)?.[key];
  if (typeof value !== 'string') return null;
  const clean = value.replace(/\s+/g, ' ').trim();
  return clean === '' ? null : clean;
}

/** A damaged page costs that page, not the document: it comes back empty with the reason. */
async function extractPageOrReport(pdf: PDFDocumentProxy, number: number): Promise<PageText> {
  try {
    return await extractPageText(await pdf.getPage(number));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { page: { number, width: 0, height: 0, items: [], marks: [], scanned: false, error: reason }, space: [1, 0, 0, 1, 0, 0], paintedPaths: [] };
  }
}

/**
 * Gives the pages whose text leaves list lines unexplained the shapes they paint, as bullet
 * candidates. Decided page by page, because one document may mix glyph bullets, drawn ones and
 * pages from other producers. The parser's pdf.js build reports the shapes with the text; pdf.js
 * as installed needs an operator list, which costs about as much as the text again, so pages
 * whose bullets are glyphs skip it, and get no shapes with either build, to read alike.
 */
async function findDrawnBullets(pdf: PDFDocumentProxy, read: readonly PageText[]): Promise<void> {
  // Known to paint nothing anywhere: no decision could give a page a shape.
  if (read.every(({ paintedPaths }) => paintedPaths?.length === 0)) return;
  const needed = pagesNeedingDrawings(read.map(({ page }) => page));
  for (const { page, space, paintedPaths } of read) {
    if (!needed.has(page.number)) continue;
    if (paintedPaths !== null) {
      page.marks = marksOfPaintedPaths(paintedPaths, space);
      continue;
    }
    const proxy = await pdf.getPage(page.number);
    try {
      page.marks = await drawnMarks(proxy);
    } catch {
      // A page whose drawing cannot be read keeps its text; its bullets fall back to layout rules.
    } finally {
      proxy.cleanup();
    }
  }
}

/** Extracts every page's text runs and the metadata; the pdf.js document is always destroyed. */
export async function extractPdf(bytes: Uint8Array, options: ExtractOptions = {}): Promise<ExtractedPdf> {
  const repaired = !hasValidXref(bytes);
  const pdf = await openPdf(bytes, options);
  try {
    if (options.maxPages !== undefined && pdf.numPages > options.maxPages) {
      throw new Hr21Error(
        'HR21_TOO_LARGE',
        `the PDF has ${pdf.numPages} pages, more than the limit of ${options.maxPages} (raise it with --max-pages)`,
        { params: { unit: 'pages', size: pdf.numPages, limit: options.maxPages } },
      );
    }
    const { from, to } = options.range?.(pdf.numPages) ?? { from: 1, to: pdf.numPages };
    const { info } = await pdf.getMetadata().catch(() => ({ info: undefined }));
    const read: PageText[] = [];
    for (let number = Math.max(1, from); number <= Math.min(to, pdf.numPages); number++) {
      read.push(await extractPageOrReport(pdf, number));
    }
    await findDrawnBullets(pdf, read);
    return {
      pageCount: pdf.numPages,
      title: metadataString(info, 'Title'),
      producer: metadataString(info, 'Producer'),
      repaired,
      pages: read.map(({ page }) => page),
    };
  } finally {
    await pdf.destroy();
  }
}
