/**
 * The module bench/bare-extract.mjs loads with --pdfjs: dist/extract's loadPdfJs and openPdf
 * bundled with the changes the parsing threads' bundle makes to pdf.js
 * (scripts/pdfjs-worker-plugin.ts), so that the floor can be measured on the same pdf.js the
 * parser runs, not only on pdf.js as installed. An ES module beside the bench's outputs;
 * `@napi-rs/canvas` stays in node_modules, as in the threads' bundle.
 */
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { pdfjsWorkerChanges } from '../scripts/pdfjs-worker-plugin.js';

/**
 * Exports of dist/extract's modules (`module.js:name`) bundled, pdf.js included, with `plugins`
 * into `outfile`, an ES module; returns `outfile`. The tests bundle pdf.js with and without the
 * parser's changes through it too.
 */
export async function bundleExtract(root: string, outfile: string, exports: readonly string[], plugins: Plugin[]): Promise<string> {
  const contents = exports.map((entry) => {
    const [module, name] = entry.split(':');
    return `export { ${name} } from './dist/extract/${module}';`;
  });
  await build({
    stdin: { contents: contents.join('\n'), resolveDir: root, loader: 'js' },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    supported: { 'regexp-unicode-property-escapes': true },
    external: ['@napi-rs/canvas'],
    plugins,
    logLevel: 'warning',
  });
  return outfile;
}

export function buildFloorPdfJs(root: string, outDir: string): Promise<string> {
  return bundleExtract(root, join(outDir, 'floor-pdfjs.mjs'), ['pdfjs.js:loadPdfJs', 'open.js:openPdf'], [pdfjsWorkerChanges]);
}
