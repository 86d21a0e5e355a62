import { type ExtractedPdf, type ExtractOptions, extractPdf } from './extract/index.js';
import type { OcrMode } from './extract/types.js';
import { Hr21Error } from './errors/hr21-error.js';
import { layoutDocument } from './layout/index.js';
import type { LayoutDocument } from './layout/types.js';
import { isDecodable, ocrDocument, type OcrOptions, ocrProvenance } from './ocr/index.js';
import { parseDocument } from './parse/index.js';
import type { LineRole } from './parse/ledger.js';
import type { Hr21Document } from './schema/document.js';
import { sha256Hex } from './hash/sha256.js';
import { validateParsed } from './validate/index.js';
import type { CodedWarning } from './warnings/warning-codes.js';

export interface ParseOptions {
  /** Base name recorded in `source.file`; never a path. */
  fileName?: string;
  /** User password of an encrypted PDF. */
  password?: string;
  maxPages?: number;
  /** The bytes' sha256 in hex, when the caller has hashed them already. */
  sha256?: string;
  /**
   * Pages read by OCR: `auto` (default) those without a text layer or whose text layer does not
   * decode, `on` every page that shows something, `off` none.
   */
  ocr?: OcrMode;
}

export type Stage = 'extract' | 'ocr' | 'layout' | 'parse' | 'validate';

export interface ParseOutcome {
  document: Hr21Document;
  /** The lines as laid out, and what each became: for provenance and the inspection view. */
  layout: LayoutDocument;
  roles: ReadonlyMap<number, LineRole>;
  /** The document's warnings in the same order, with the values the message catalogue words. */
  warnings: CodedWarning[];
  /** Milliseconds per stage. */
  timings: Record<Stage, number>;
}

function baseName(name: string): string {
  return name.split(/[\\/]/).pop() || 'document.pdf';
}

function pageWarnings(layout: LayoutDocument, repaired: boolean): CodedWarning[] {
  const warnings: CodedWarning[] = [];
  if (repaired) {
    const message = 'the cross-reference table is damaged; the PDF was read by scanning its objects';
    warnings.push({ code: 'PDF_HERSTELD', message, page: null, params: {} });
  }
  for (const { number, error } of layout.pages) {
    if (error !== undefined) {
      warnings.push({ code: 'PAGINA_ONLEESBAAR', message: `page ${number} could not be read: ${error}`, page: number, params: { page: number, reason: error } });
    }
  }
  return warnings;
}

/** Why a PDF gave no line of text, as the error to report. */
function noTextError(extracted: ExtractedPdf, mode: OcrMode): Hr21Error {
  const scanned = extracted.pages.some((page) => page.scanned);
  if (mode === 'off' && scanned) {
    return new Hr21Error('HR21_NO_TEXT', 'the pages are images without a text layer (a scan) and --ocr is off: parse with --ocr auto to read them by OCR', {
      params: { scanned: true, ocr: 'off' },
    });
  }
  if (scanned) {
    const reasons = [...new Set(extracted.pages.flatMap((page) => (page.error === undefined ? [] : [page.error])))];
    return new Hr21Error('HR21_NO_TEXT', `the pages are images without a text layer (a scan) and OCR read no text from them${reasons.length > 0 ? ` (${reasons.join('; ')})` : ''}`, {
      params: { scanned: true, ocr: 'nothing-read' },
    });
  }
  return new Hr21Error('HR21_NO_TEXT', 'the PDF contains no text and no images: its pages are empty or their content could not be read', {
    params: { scanned: false },
  });
}

/**
 * With OCR off, a text layer that does not decode (glyph codes without a Unicode map, as some
 * PDF printers write) would parse as nonsense: it is refused as having no text, naming --ocr.
 */
function refuseUndecodable(extracted: ExtractedPdf): void {
  const withText = extracted.pages.filter((page) => page.items.length > 0);
  if (withText.length > 0 && !withText.some(isDecodable)) {
    throw new Hr21Error(
      'HR21_NO_TEXT',
      'the text layer cannot be decoded (its characters map to no readable text, as in some printed-to-PDF files) and --ocr is off: parse with --ocr auto to read it by OCR',
      { params: { scanned: false, ocr: 'off' } },
    );
  }
}

/** How the pages' text is taken: on this thread by default, spread over threads by the batch. */
export type Extractor = (bytes: Uint8Array, options: ExtractOptions) => Promise<ExtractedPdf>;

/** How pages that need it are read by OCR: one engine by default, several in the batch. */
export type OcrReader = (bytes: Uint8Array, extracted: ExtractedPdf, options: OcrOptions) => Promise<ExtractedPdf>;

/** Parses one HR21 PDF end to end. Throws Hr21Error for a file that cannot be read as HR21. */
export async function parsePdfDetailed(
  bytes: Uint8Array,
  options: ParseOptions = {},
  extract: Extractor = extractPdf,
  ocr: OcrReader = ocrDocument,
): Promise<ParseOutcome> {
  const timings: Record<Stage, number> = { extract: 0, ocr: 0, layout: 0, parse: 0, validate: 0 };
  const mode = options.ocr ?? 'auto';
  let mark = performance.now();
  const lap = (stage: Stage) => {
    const now = performance.now();
    timings[stage] = now - mark;
    mark = now;
  };
  const text = await extract(bytes, options);
  lap('extract');
  if (mode === 'off') refuseUndecodable(text);
  const extracted = await ocr(bytes, text, { mode, ...(options.password === undefined ? {} : { password: options.password }) });
  lap('ocr');
  const layout = layoutDocument(extracted);
  lap('layout');
  if (!layout.pages.some((page) => page.lines.length > 0)) throw noTextError(extracted, mode);
  const parsed = parseDocument(layout);
  lap('parse');
  const provenance = ocrProvenance(extracted, layout, parsed.ledger.roles);
  const { document, warnings } = validateParsed(
    parsed,
    {
      file: baseName(options.fileName ?? 'document.pdf'),
      sha256: options.sha256 ?? (await sha256Hex(bytes)),
      pageCount: extracted.pageCount,
      title: extracted.title,
      producer: extracted.producer,
      ocr: provenance.source,
    },
    [...pageWarnings(layout, extracted.repaired), ...provenance.warnings],
  );
  lap('validate');
  return { document, layout, roles: parsed.ledger.roles, warnings, timings };
}

/** Parses one HR21 PDF into the output document. Throws Hr21Error for a file that cannot be read as HR21. */
export async function parsePdf(bytes: Uint8Array, options: ParseOptions = {}): Promise<Hr21Document> {
  return (await parsePdfDetailed(bytes, options)).document;
}
