import { extractPdf, type PageRange } from '../extract/index.js';
import type { ExtractedPage } from '../extract/types.js';
import type { Extractor } from '../parse-pdf.js';
import { startParserThread } from './parser-thread.js';

/**
 * Pages each thread should get at least. A helper thread loads pdf.js and warms up its own
 * compiler before it is fast: measured here, splitting a 300-page book gained nothing and a
 * 677-page one about 12 %.
 */
const MIN_PAGES_PER_PART = 200;

export interface HelperRequest {
  bytes: Uint8Array;
  range: PageRange;
  password?: string;
}

export type HelperReply = { ok: true; pages: ExtractedPage[] } | { ok: false; message: string };

/** `parts` contiguous ranges of nearly equal length covering pages 1..pageCount. */
export function pageRanges(pageCount: number, parts: number): PageRange[] {
  return Array.from({ length: parts }, (_, index) => ({
    from: Math.floor((index * pageCount) / parts) + 1,
    to: Math.floor(((index + 1) * pageCount) / parts),
  }));
}

function extractOnHelper(request: HelperRequest, memoryMb: number): Promise<ExtractedPage[]> {
  return new Promise((resolve, reject) => {
    const worker = startParserThread(memoryMb, { helper: request });
    worker.once('message', (reply: HelperReply) => {
      if (reply.ok) resolve(reply.pages);
      else reject(new Error(reply.message));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the helper thread stopped (exit code ${code})`)));
  });
}

/**
 * Extracts a long document's pages on this thread and `helpers` more, one contiguous range
 * each, and puts them back in order. A range whose helper fails is extracted here instead.
 */
export function parallelExtractor(helpers: number, memoryMb: number, minPagesPerPart = MIN_PAGES_PER_PART): Extractor {
  return async (bytes, options) => {
    const others: { range: PageRange; pages: Promise<ExtractedPage[]> }[] = [];
    const range = (pageCount: number): PageRange => {
      const parts = Math.min(helpers + 1, Math.floor(pageCount / minPagesPerPart));
      if (parts < 2) return { from: 1, to: pageCount };
      const [own, ...rest] = pageRanges(pageCount, parts) as [PageRange, ...PageRange[]];
      for (const part of rest) {
        const request = { bytes, range: part, ...(options.password === undefined ? {} : { password: options.password }) };
        others.push({ range: part, pages: extractOnHelper(request, memoryMb) });
      }
      return own;
    };
    try {
      const extracted = await extractPdf(bytes, { ...options, range });
      for (const other of others) {
        const pages = await other.pages.catch(async () => (await extractPdf(bytes, { ...options, range: () => other.range })).pages);
        extracted.pages.push(...pages);
      }
      return extracted;
    } finally {
      await Promise.allSettled(others.map((other) => other.pages));
    }
  };
}
