import { Hr21Error } from '../errors/hr21-error.js';
import type { ExtractedPdf } from '../extract/types.js';
import type { OcrOptions } from './ocr-document.js';
import { ocrReason } from './text-layer.js';

export type { OcrOptions } from './ocr-document.js';
export { isDecodable } from './text-layer.js';
export { ocrProvenance } from './provenance.js';

/**
 * The browser has no OCR engine (tesseract and its models would be most of the page): a file
 * with pages that need OCR fails as HR21_NO_TEXT, which the web page sends on to `hr21 serve`.
 */
export async function ocrDocument(_bytes: Uint8Array, extracted: ExtractedPdf, options: OcrOptions = {}): Promise<ExtractedPdf> {
  const mode = options.mode ?? 'auto';
  if (mode === 'off') return extracted;
  const pages = extracted.pages.filter((page) => ocrReason(page, mode) !== null).map((page) => page.number);
  if (pages.length === 0) return extracted;
  throw new Hr21Error('HR21_NO_TEXT', `page ${pages.join(', ')} can only be read by OCR, which runs in hr21 serve and the command line, not in the browser`, {
    params: { scanned: true, ocr: 'elsewhere' },
  });
}
