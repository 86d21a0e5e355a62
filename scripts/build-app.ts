/**
 * Builds the web page (run by `npm run build`): the parsing worker and the page's script,
 * each bundled by esbuild for the browser, inlined into one self-contained dist/app/index.html.
 * Modules with a `.browser.ts` sibling (pdf.js loading, sha256) are swapped for it; a Node
 * built-in reaching the bundle fails the build.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { pageShell } from '../src/app/page-shell.js';
import { pdfjsWorkerChanges } from './pdfjs-worker-plugin.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = resolve(root, 'dist/app/index.html');

const browserVariants: Plugin = {
  name: 'browser-variants',
  setup(context) {
    context.onResolve({ filter: /^\.\.?\// }, (args) => {
      const variant = resolve(args.resolveDir, args.path.replace(/\.js$/, '.browser.ts'));
      return existsSync(variant) ? { path: variant } : undefined;
    });
  },
};

async function bundle(entry: string, conditions: string[]): Promise<string> {
  const result = await build({
    entryPoints: [resolve(root, entry)],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    minify: true,
    legalComments: 'none',
    // "worker": packages such as decode-named-character-reference pick a variant without `document`.
    conditions,
    plugins: [browserVariants, pdfjsWorkerChanges],
    logLevel: 'warning',
  });
  return result.outputFiles[0]?.text ?? '';
}

const [workerScript, pageScript] = await Promise.all([bundle('src/app/worker/parse-worker.ts', ['worker']), bundle('src/app/page/main.ts', [])]);
const styles = readFileSync(resolve(root, 'src/app/page/page.css'), 'utf8');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, pageShell({ pageScript, workerScript, styles }));
