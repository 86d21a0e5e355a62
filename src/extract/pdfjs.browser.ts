/**
 * The browser build's pdf.js (bundled into the web page by scripts/build-app.ts in place of
 * pdfjs.ts). The page parses in a Web Worker already, so pdf.js's own worker half is loaded
 * here too: it registers globalThis.pdfjsWorker and pdf.js runs it on this thread, with no
 * second worker file to fetch.
 */
import * as pdfjs from 'pdfjs-dist';
import 'pdfjs-dist/build/pdf.worker.mjs';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

export interface LoadOptions {
  ownThread?: boolean;
}

export function loadPdfJs(_options: LoadOptions = {}): Promise<PdfJs> {
  return Promise.resolve(pdfjs as unknown as PdfJs);
}
