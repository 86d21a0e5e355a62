/**
 * Builds the pool worker (run by `npm run build`, after tsc): dist/batch/worker.js and all it
 * imports, pdf.js included, as one CommonJS file; then runs that file once on the bundled sample
 * and saves V8's code cache of it, functions compiled during the run included.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Job, JobResult } from '../src/batch/job.js';
import { buildFooter, codeCachePath, runCachedBundle, writeCodeCache } from '../src/batch/cached-bundle.js';
import { applyParserThreadFlags } from '../src/batch/thread-flags.js';
import { asciiSource } from './ascii-source.js';
import { pdfjsWorkerChanges } from './pdfjs-worker-plugin.js';

const bundle = new URL('../dist/batch/worker.bundle.cjs', import.meta.url);
const sample = fileURLToPath(new URL('../input/hr21-normfuncties-selectie.pdf', import.meta.url));

rmSync(codeCachePath(bundle), { force: true });
await build({
  entryPoints: [fileURLToPath(new URL('../dist/batch/worker.js', import.meta.url))],
  outfile: fileURLToPath(bundle),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Node 20 has them, but esbuild's table for node20 does not: it would turn every `/\p{L}/u`
  // literal into `new RegExp(…)`, compiled again at each evaluation, in the parser's hot loops.
  supported: { 'regexp-unicode-property-escapes': true },
  define: { 'import.meta.url': 'bundleUrl' },
  // Loaded from node_modules when a page needs OCR: tesseract.js starts its own worker script and
  // reads its WebAssembly core and models by path, and the canvas package is a native addon.
  external: ['tesseract.js', '@tesseract.js-data/*', '@napi-rs/canvas'],
  plugins: [pdfjsWorkerChanges],
  // A third less to read at every worker start; names stay, for stack traces.
  minifyWhitespace: true,
  footer: { js: buildFooter(randomUUID()) },
  logLevel: 'warning',
});
// Every thread reads this file: as ASCII it is a one-byte string, read at once.
writeFileSync(bundle, asciiSource(readFileSync(bundle, 'utf8')));

// The cache is made under the flags the threads run with, or V8 would refuse it there.
applyParserThreadFlags();
const { exports, script } = runCachedBundle(bundle, { useCache: false });
const runJob = exports.runJob as (job: Job) => Promise<JobResult>;
const out = mkdtempSync(join(tmpdir(), 'hr21-worker-warm-up-'));
try {
  const result = await runJob({
    id: 0,
    path: sample,
    outStem: join(out, 'sample'),
    formats: ['json', 'md'],
    split: false,
    csvDelimiter: ';',
    returnJson: false,
    maxPages: 1000,
    maxBytes: 50 * 1024 * 1024,
  });
  if (!result.ok) throw new Error(`the worker bundle failed on ${sample}: ${result.code} ${result.message}`);
  writeCodeCache(bundle, script);
} finally {
  rmSync(out, { recursive: true, force: true });
}
