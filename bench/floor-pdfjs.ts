/**
 * The module bench/bare-extract.mjs loads with --pdfjs: dist/extract's loadPdfJs and openPdf
 * bundled with the changes the parsing threads' bundle makes to pdf.js
 * (scripts/pdfjs-worker-plugin.ts), so that the floor can be measured on the same pdf.js the
 * parser runs, not only on pdf.js as installed. An ES module beside the bench's outputs;
 * `@napi-rs/canvas` stays in node_modules, as in the threads' bundle.
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import { pdfjsWorkerChanges } from '../scripts/pdfjs-worker-plugin.js';

export async function buildFloorPdfJs(root: string, outDir: string): Promise<string> {
  const outfile = join(outDir, 'floor-pdfjs.mjs');
  await build({
    stdin: { contents: "export { loadPdfJs } from './dist/extract/pdfjs.js';\nexport { openPdf } from './dist/extract/open.js';\n", resolveDir: root, loader: 'js' },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    supported: { 'regexp-unicode-property-escapes': true },
    external: ['@napi-rs/canvas'],
    plugins: [pdfjsWorkerChanges],
    logLevel: 'warning',
  });
  return outfile;
}
