import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import { Hr21Error } from '../errors/hr21-error.js';
import { pagesNeedingDrawings } from './bullet-evidence.js';
import { drawnMarks } from './marks.js';
import { openPdf, type OpenOptions } from './open.js';
import { extractPageText } from './text.js';
import type { ExtractedPage, ExtractedPdf } from './types.js';
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
async function extractPageOrReport(pdf: PDFDocumentProxy, number: number): Promise<ExtractedPage> {
  try {
    return await extractPageText(await pdf.getPage(number));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { number, width: 0, height: 0, items: [], marks: [], scanned: false, error: reason };
  }
}

/**
 * Reads the drawings of the pages whose text leaves list lines unexplained: operator lists cost
 * about as much as the text again, so pages whose bullets are glyphs skip them. Decided page by
 * page, because one document may mix glyph bullets, drawn ones and pages from other producers.
 */
async function findDrawnBullets(pdf: PDFDocumentProxy, pages: ExtractedPage[]): Promise<void> {
  const needed = pagesNeedingDrawings(pages);
  for (const page of pages) {
    if (!needed.has(page.number)) continue;
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
    const pages: ExtractedPage[] = [];
    for (let number = Math.max(1, from); number <= Math.min(to, pdf.numPages); number++) {
      pages.push(await extractPageOrReport(pdf, number));
    }
    await findDrawnBullets(pdf, pages);
    return {
      pageCount: pdf.numPages,
      title: metadataString(info, 'Title'),
      producer: metadataString(info, 'Producer'),
      repaired,
      pages,
    };
  } finally {
    await pdf.destroy();
  }
}
