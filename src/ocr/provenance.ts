import type { ExtractedPdf, OcrReason } from '../extract/types.js';
import type { LayoutDocument } from '../layout/types.js';
import type { LineRole } from '../parse/ledger.js';
import type { OcrSource } from '../schema/document.js';
import type { CodedWarning } from '../warnings/warning-codes.js';

const REASON_TEXT: Record<OcrReason, string> = {
  'no-text-layer': 'no text layer',
  undecodable: 'a text layer that cannot be decoded',
  requested: 'OCR was asked for every page',
};

/** source.ocr and the warnings OCR_GEBRUIKT (which pages and why) and OCR_ONZEKER (per string, the words the engine was unsure of). */
export function ocrProvenance(extracted: ExtractedPdf, layout: LayoutDocument, roles: ReadonlyMap<number, LineRole>): { source: OcrSource | null; warnings: CodedWarning[] } {
  const read = extracted.pages.filter((page) => page.ocr !== undefined);
  if (read.length === 0 || extracted.ocr === undefined) return { source: null, warnings: [] };
  const warnings: CodedWarning[] = [];
  for (const reason of Object.keys(REASON_TEXT) as OcrReason[]) {
    const pages = read.filter((page) => page.ocr?.reason === reason).map((page) => page.number);
    if (pages.length === 0) continue;
    warnings.push({
      code: 'OCR_GEBRUIKT',
      message: `page${pages.length === 1 ? '' : 's'} ${pages.join(', ')} read by OCR: ${REASON_TEXT[reason]}`,
      page: pages[0] as number,
      params: { pages, reason },
    });
  }
  const unsureByPointer = new Map<string, { page: number; words: string[] }>();
  for (const line of layout.pages.flatMap((page) => page.lines)) {
    const pointer = roles.get(line.id)?.pointer;
    if (!pointer || !line.unsure || line.unsure.length === 0) continue;
    const entry = unsureByPointer.get(pointer) ?? { page: line.page, words: [] };
    entry.words.push(...line.unsure);
    unsureByPointer.set(pointer, entry);
  }
  for (const [pointer, { page, words }] of unsureByPointer) {
    warnings.push({ code: 'OCR_ONZEKER', message: `OCR was unsure of ${words.map((word) => `"${word}"`).join(', ')} in ${pointer}, page ${page}`, page, params: { page, pointer, words } });
  }
  const meanConfidence = read.reduce((sum, page) => sum + (page.ocr?.confidence ?? 0), 0) / read.length;
  return {
    source: { pages: read.map((page) => page.number), engine: extracted.ocr.engine, language: extracted.ocr.language, meanConfidence: Math.round(meanConfidence * 10) / 10 },
    warnings,
  };
}

