/**
 * The esbuild plugin for the bundles that read PDFs (the parsing threads', the web page's, the
 * bench's floor on the parser's pdf.js): it makes two changes to pdf.js's worker half as it is
 * bundled, each in a module of its own that says why: the text state copied flat
 * (pdfjs-text-state.ts) and painted paths reported with the text (pdfjs-painted-paths.ts).
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import { reportPaintedPaths } from './pdfjs-painted-paths.js';
import { flattenTextStateCopy } from './pdfjs-text-state.js';

const WORKER_FILE = /[\\/]pdfjs-dist[\\/](?:legacy[\\/])?build[\\/]pdf\.worker\.mjs$/;

/** pdf.js's worker source with both changes made. */
export function changePdfJsWorker(source: string, file: string): string {
  return reportPaintedPaths(flattenTextStateCopy(source, file), file);
}

export const pdfjsWorkerChanges: Plugin = {
  name: 'pdfjs-worker-changes',
  setup(build) {
    build.onLoad({ filter: WORKER_FILE }, async (args) => ({ contents: changePdfJsWorker(await readFile(args.path, 'utf8'), args.path), loader: 'js' }));
  },
};
