import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import { openPdf } from '../extract/open.js';
import type { ExtractedPage, ExtractedPdf, OcrMode, OcrReason } from '../extract/types.js';
import { deskew } from './deskew.js';
import { rotateQuarters } from './grey-image.js';
import { inkedPart, shiftedBy } from './ink-crop.js';
import { levelTurns, UPRIGHT_CONFIDENCE } from './orientation.js';
import { MIN_SCAN_DPI, RENDER_DPI, renderPage, scanDpi, scanImage, standardFontFolder } from './render-page.js';
import { eraseRulingLines } from './ruling-lines.js';
import { type OcrEngine, OCR_LANGUAGE, withOcrEngines } from './tesseract.js';
import { ocrReason } from './text-layer.js';
import { toTextItems } from './text-runs.js';

export interface OcrOptions {
  mode?: OcrMode;
  password?: string;
  /** Pages read at once, each by its own engine on its own thread (default 1). */
  engines?: number;
  /** Keep the engines for the thread's next document (a pool thread: the pool stops them with it). */
  keepEngines?: boolean;
  /**
   * Called where a page's decoded image and the copies made from it have just become garbage. A
   * pool thread passes a full garbage collection: freed at once, their memory is what the next
   * copies are made in, where left to the collector's own time the thread's allocator keeps
   * both, and keeps that much for the rest of its life.
   */
  collectGarbage?: () => void;
  /** Told how many pages will be read by OCR before the first is: for time limits and progress. */
  onPlan?: (pages: number) => void;
}

/** The pages a document needs read by OCR in this mode, with the reason for each. */
export function planOcr(extracted: ExtractedPdf, mode: OcrMode): { page: ExtractedPage; reason: OcrReason }[] {
  if (mode === 'off') return [];
  return extracted.pages.flatMap((page) => {
    const reason = ocrReason(page, mode);
    return reason === null ? [] : [{ page, reason }];
  });
}

/** The page as an upright grey image ready for the engine, and its size in PDF units as it then lies. */
async function uprightPage(proxy: PDFPageProxy, native: number | null, collectGarbage: () => void) {
  const rendered = (native === null ? null : await scanImage(proxy)) ?? (await renderPage(proxy, native ?? RENDER_DPI));
  // The decoded page (a scan's image, pdf.js's drawing state) is not needed while the engine reads.
  proxy.cleanup();
  collectGarbage();
  const likely = levelTurns(rendered.image);
  // Turned the likely way, straightened, table rules erased.
  const image = eraseRulingLines(deskew(rotateQuarters(rendered.image, likely)), rendered.dpi);
  const [width, height] = likely % 2 === 0 ? [rendered.width, rendered.height] : [rendered.height, rendered.width];
  // The steps' copies of the page are garbage now, before the engine's copies are made.
  collectGarbage();
  return { image, dpi: rendered.dpi, width, height };
}

/** Reads one page: drawn at its resolution, turned the way it reads best, recognised and made into text runs. */
async function readPage(pdf: PDFDocumentProxy, engine: OcrEngine, page: ExtractedPage, reason: OcrReason, collectGarbage: () => void): Promise<ExtractedPage> {
  const proxy = await pdf.getPage(page.number);
  try {
    const native = reason === 'no-text-layer' ? await scanDpi(proxy) : null;
    if (native !== null && native < MIN_SCAN_DPI) {
      return { ...page, error: `its scan has ${Math.round(native)} dpi, too coarse for OCR (${MIN_SCAN_DPI} dpi at least)` };
    }
    const { image: upright, dpi, width, height } = await uprightPage(proxy, native, collectGarbage);
    let best: { items: ExtractedPage['items']; confidence: number } | null = null;
    // Upside down only if the page reads badly as it lies.
    for (const turns of [0, 2]) {
      const image = rotateQuarters(upright, turns);
      const { pgm, left, top } = inkedPart(image, dpi);
      const result = shiftedBy(await engine.recognize(pgm, dpi), left, top);
      if (best === null || result.confidence > best.confidence) best = { items: toTextItems(result, { image, width, height }), confidence: result.confidence };
      if (result.confidence >= UPRIGHT_CONFIDENCE) break;
    }
    const { items, confidence } = best as NonNullable<typeof best>;
    return { ...page, width, height, items, marks: [], ocr: { reason, confidence } };
  } finally {
    proxy.cleanup();
  }
}

/**
 * The OCR stage: the pages that need it (no text layer, a text layer that does not decode, or
 * every page with `mode: 'on'`) are drawn and read by tesseract, and come back as the text runs
 * extraction gives, so layout and parse need not know. A document whose pages all read as text
 * returns at once: the engine is not even loaded.
 */
export async function ocrDocument(bytes: Uint8Array, extracted: ExtractedPdf, options: OcrOptions = {}): Promise<ExtractedPdf> {
  const plan = planOcr(extracted, options.mode ?? 'auto');
  if (plan.length === 0) return extracted;
  options.onPlan?.(plan.length);
  const read = new Map<number, ExtractedPage>();
  const pdf = await openPdf(bytes, { standardFontDataUrl: standardFontFolder(), ...(options.password === undefined ? {} : { password: options.password }) });
  try {
    const engineName = await withOcrEngines(Math.min(options.engines ?? 1, plan.length), async (engines) => {
      let next = 0;
      // Each engine takes the next page as it frees up; pages are drawn on this thread meanwhile.
      await Promise.all(
        engines.map(async (engine) => {
          for (let item = plan[next++]; item !== undefined; item = plan[next++]) {
            read.set(item.page.number, await readPage(pdf, engine, item.page, item.reason, options.collectGarbage ?? (() => undefined)));
          }
        }),
      );
      return (engines[0] as OcrEngine).name;
    }, { keep: options.keepEngines === true });
    return { ...extracted, pages: extracted.pages.map((page) => read.get(page.number) ?? page), ocr: { engine: engineName, language: OCR_LANGUAGE } };
  } finally {
    await pdf.destroy();
  }
}
