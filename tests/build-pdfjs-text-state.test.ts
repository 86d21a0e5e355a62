import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFloorPdfJs } from '../bench/floor-pdfjs.js';
import { flattenTextStateCopy } from '../scripts/pdfjs-text-state.js';
import type { Hr21Document } from '../src/schema/document.js';
import { renderExports, styles } from './support/render/index.js';
import { seedExpected, seedPdfPath } from './support/seed.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const workerSources = ['pdfjs-dist/legacy/build/pdf.worker.mjs', 'pdfjs-dist/build/pdf.worker.mjs'].map((name) => require.resolve(name));

/**
 * Every text run of every page, as pdf.js's getTextContent gives it, read in a Node process of its
 * own: two copies of pdf.js in one process would share one worker half.
 */
function textRuns(pdfjsModules: { loader: string; opener: string }, files: string[]): unknown {
  const script = `
    const { loadPdfJs } = await import(${JSON.stringify(pdfjsModules.loader)});
    const { openPdf } = await import(${JSON.stringify(pdfjsModules.opener)});
    const { readFileSync } = await import('node:fs');
    await loadPdfJs({ ownThread: true });
    const files = [];
    for (const file of ${JSON.stringify(files)}) {
      const pdf = await openPdf(new Uint8Array(readFileSync(file)));
      const pages = [];
      for (let number = 1; number <= pdf.numPages; number++) {
        const page = await pdf.getPage(number);
        const { items, styles } = await page.getTextContent({ includeMarkedContent: false, disableNormalization: true });
        pages.push({ items, fonts: Object.keys(styles).sort() });
      }
      await pdf.destroy();
      files.push(pages);
    }
    process.stdout.write(JSON.stringify(files));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }));
}

const seed = seedExpected() as unknown as Hr21Document;
const part = (from: number, to: number): Hr21Document => ({ ...seed, overzicht: seed.overzicht.slice(from, to), functies: seed.functies.slice(from, to), modules: [] });

describe("build: pdf.js's text state copied flat", () => {
  it('changes the one method in both of pdf.js’s worker builds, and nothing else', () => {
    for (const path of workerSources) {
      const source = readFileSync(path, 'utf8');
      const changed = flattenTextStateCopy(source, path);
      expect(changed).not.toBe(source);
      expect(changed.replace('Object.create(TextState.prototype)', 'Object.create(this)')).toBe(source);
    }
  });

  it('fails the build, naming the file, when pdf.js writes the method otherwise or twice', () => {
    const source = readFileSync(workerSources[0] as string, 'utf8');
    const rewritten = source.replace('Object.assign(Object.create(this), this)', 'structuredClone(this)');
    expect(() => flattenTextStateCopy(rewritten, 'pdf.worker.mjs')).toThrow(/pdf\.worker\.mjs: expected TextState#clone .* found 0/);
    const doubled = source.replace('class TextState {', 'class TextState {\n  twice() {\n    const clone = Object.assign(Object.create(this), this);\n    clone.textMatrix = this.textMatrix.slice();\n  }');
    expect(() => flattenTextStateCopy(doubled, 'pdf.worker.mjs')).toThrow(/found 2/);
  });

  it('is in the bundle the parsing threads run', () => {
    expect(readFileSync(new URL('../dist/batch/worker.bundle.cjs', import.meta.url), 'utf8')).toMatch(/Object\.assign\(Object\.create\(\w+\.prototype\),this\)/);
  });

  it('reads exactly the text runs pdf.js as installed reads, from documents mixing producers’ styles page by page', async () => {
    // Inside the project: the bundle finds @napi-rs/canvas in node_modules, as the threads' bundle does.
    mkdirSync(join(root, 'tests/artifacts'), { recursive: true });
    const folder = mkdtempSync(join(root, 'tests/artifacts/text-state-'));
    // Whole lines, words, drawn bullets and running furniture, appended into one file: text states saved and restored in every way the writer sets them.
    const { bytes } = await renderExports([
      { document: part(0, 3), style: styles.wordLike!, book: true },
      { document: part(3, 5), style: styles.timesWords! },
      { document: part(5, 7), style: styles.drawnColumns!, mix: { lists: { taken: '–' }, pages: [{ runs: 'word' }, { runs: 'line' }] } },
      { document: part(7, 9), style: styles.symbolFooter! },
    ]);
    const mixed = join(folder, 'mixed.pdf');
    writeFileSync(mixed, bytes);
    const files = [seedPdfPath, mixed];
    const installed = textRuns({ loader: pathToFileURL(join(root, 'dist/extract/pdfjs.js')).href, opener: pathToFileURL(join(root, 'dist/extract/open.js')).href }, files);
    const flat = pathToFileURL(await buildFloorPdfJs(root, folder)).href;
    const parsers = textRuns({ loader: flat, opener: flat }, files);
    const runs = (installed as { items: unknown[] }[][]).map((pages) => pages.reduce((sum, page) => sum + page.items.length, 0));
    expect(runs.every((count) => count > 500)).toBe(true);
    expect(parsers).toEqual(installed);
    rmSync(folder, { recursive: true, force: true });
  }, 120_000);
});
