import { createHash } from 'node:crypto';
import { type ExtractedPdf, type ExtractOptions, extractPdf } from './extract/index.js';
import { Hr21Error } from './errors/hr21-error.js';
import { layoutDocument } from './layout/index.js';
import type { LayoutDocument } from './layout/types.js';
import { parseDocument } from './parse/index.js';
import type { LineRole } from './parse/ledger.js';
import type { Hr21Document, Warning } from './schema/document.js';
import { validateDocument } from './validate/index.js';

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
  /** Milliseconds per stage. */
  timings: Record<Stage, number>;
}

function baseName(name: string): string {
  return name.split(/[\\/]/).pop() || 'document.pdf';
}

function pageWarnings(layout: LayoutDocument, repaired: boolean): Warning[] {
  const warnings: Warning[] = [];
  if (repaired) {
    warnings.push({ code: 'PDF_HERSTELD', message: 'the cross-reference table is damaged; the PDF was read by scanning its objects', page: null });
  }
  for (const page of layout.pages) {
    if (page.error !== undefined) {
      warnings.push({ code: 'PAGINA_ONLEESBAAR', message: `page ${page.number} could not be read: ${page.error}`, page: page.number });
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
      ? new Hr21Error('HR21_NO_TEXT', 'the pages are images without a text layer (a scan): run OCR on the PDF first, then parse the result')
      : new Hr21Error('HR21_NO_TEXT', 'the PDF contains no text and no images: its pages are empty or their content could not be read');
  }
  const parsed = parseDocument(layout);
  lap('parse');
  const document = validateDocument(
    parsed,
    {
      file: baseName(options.fileName ?? 'document.pdf'),
      sha256: options.sha256 ?? createHash('sha256').update(bytes).digest('hex'),
      pageCount: extracted.pageCount,
      title: extracted.title,
      producer: extracted.producer,
    },
    pageWarnings(layout, extracted.repaired),
  );
  lap('validate');
  return { document, layout, roles: parsed.ledger.roles, timings };
}

/** Parses one HR21 PDF into the output document. Throws Hr21Error for a file that cannot be read as HR21. */
export async function parsePdf(bytes: Uint8Array, options: ParseOptions = {}): Promise<Hr21Document> {
  return (await parsePdfDetailed(bytes, options)).document;
}
