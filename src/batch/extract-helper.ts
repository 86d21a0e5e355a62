import { extractPdf } from '../extract/index.js';
import type { HelperReply, HelperRequest } from './parallel-extract.js';

/** A helper thread's work: extracts one page range of a long PDF for the worker that parses it. */
export async function extractRange({ bytes, range, password }: HelperRequest): Promise<HelperReply> {
  try {
    const extracted = await extractPdf(bytes, { range: () => range, ...(password === undefined ? {} : { password }) });
    return { ok: true, pages: extracted.pages };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
