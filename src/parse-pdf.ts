import { type ExtractedPdf, type ExtractOptions, extractPdf } from './extract/index.js';
import { Hr21Error } from './errors/hr21-error.js';
import { layoutDocument } from './layout/index.js';
import type { LayoutDocument } from './layout/types.js';
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
}

export type Stage = 'extract' | 'layout' | 'parse' | 'validate';

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

/** How the pages' text is taken: on this thread by default, spread over threads by the batch. */
export type Extractor = (bytes: Uint8Array, options: ExtractOptions) => Promise<ExtractedPdf>;

/** Parses one HR21 PDF end to end. Throws Hr21Error for a file that cannot be read as HR21. */
export async function parsePdfDetailed(bytes: Uint8Array, options: ParseOptions = {}, extract: Extractor = extractPdf): Promise<ParseOutcome> {
  const timings: Record<Stage, number> = { extract: 0, layout: 0, parse: 0, validate: 0 };
  let mark = performance.now();
  const lap = (stage: Stage) => {
    const now = performance.now();
    timings[stage] = now - mark;
    mark = now;
  };
  const extracted = await extract(bytes, options);
  lap('extract');
  const layout = layoutDocument(extracted);
  lap('layout');
  if (!layout.pages.some((page) => page.lines.length > 0)) {
    throw extracted.pages.some((page) => page.scanned)
      ? new Hr21Error('HR21_NO_TEXT', 'the pages are images without a text layer (a scan): run OCR on the PDF first, then parse the result', {
          params: { scanned: true },
        })
      : new Hr21Error('HR21_NO_TEXT', 'the PDF contains no text and no images: its pages are empty or their content could not be read', {
          params: { scanned: false },
        });
  }
  const parsed = parseDocument(layout);
  lap('parse');
  const { document, warnings } = validateParsed(
    parsed,
    {
      file: baseName(options.fileName ?? 'document.pdf'),
      sha256: options.sha256 ?? (await sha256Hex(bytes)),
      pageCount: extracted.pageCount,
      title: extracted.title,
      producer: extracted.producer,
    },
    pageWarnings(layout, extracted.repaired),
  );
  lap('validate');
  return { document, layout, roles: parsed.ledger.roles, warnings, timings };
}

/** Parses one HR21 PDF into the output document. Throws Hr21Error for a file that cannot be read as HR21. */
export async function parsePdf(bytes: Uint8Array, options: ParseOptions = {}): Promise<Hr21Document> {
  return (await parsePdfDetailed(bytes, options)).document;
}
