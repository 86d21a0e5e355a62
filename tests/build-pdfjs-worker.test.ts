import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';
import {
  appendBezierCurve,
  appendQuadraticCurve,
  clip,
  closePath,
  concatTransformationMatrix,
  degrees,
  endPath,
  fill,
  lineTo,
  moveTo,
  PDFDocument,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  StandardFonts,
  stroke,
} from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleExtract } from '../bench/floor-pdfjs.js';
import { reportPaintedPaths } from '../scripts/pdfjs-painted-paths.js';
import { flattenTextStateCopy } from '../scripts/pdfjs-text-state.js';
import { pdfjsWorkerChanges } from '../scripts/pdfjs-worker-plugin.js';
import { PAINTED_PATHS } from '../src/extract/painted-paths.js';
import type { DrawnMark } from '../src/extract/types.js';
import type { Hr21Document } from '../src/schema/document.js';
import { renderExports, styles } from './support/render/index.js';
import { seedExpected, seedPdfPath } from './support/seed.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const workerSources = ['pdfjs-dist/legacy/build/pdf.worker.mjs', 'pdfjs-dist/build/pdf.worker.mjs'].map((name) => require.resolve(name));
const threadsBundle = () => readFileSync(new URL('../dist/batch/worker.bundle.cjs', import.meta.url), 'utf8');

/**
 * Runs `perPage` on every page of each file in a Node process of its own and returns what it
 * gives, per file and page. `perPage` is the body of an async function with `pdfjs` (a module
 * exporting dist/extract's loadPdfJs, openPdf, extractPageText, drawnMarks and
 * marksOfPaintedPaths, loaded for a thread of its own), `pdf` and the page `number` in scope.
 * Two copies of pdf.js in one process would share one worker half.
 */
function everyPage(pdfjs: string, files: string[], perPage: string): unknown[][] {
  const script = `
    const pdfjs = await import(${JSON.stringify(pdfjs)});
    const { readFileSync } = await import('node:fs');
    await pdfjs.loadPdfJs({ ownThread: true });
    const files = [];
    for (const file of ${JSON.stringify(files)}) {
      const pdf = await pdfjs.openPdf(new Uint8Array(readFileSync(file)));
      const pages = [];
      for (let number = 1; number <= pdf.numPages; number++) pages.push(await (async () => { ${perPage} })());
      await pdf.destroy();
      files.push(pages);
    }
    process.stdout.write(JSON.stringify(files));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }));
}

/** Every page's text runs and fonts, as getTextContent gives them, of each file. */
function textRuns(pdfjs: string, files: string[]): unknown[][] {
  return everyPage(
    pdfjs,
    files,
    `const page = await pdf.getPage(number);
    const { items, styles } = await page.getTextContent({ includeMarkedContent: false, disableNormalization: true });
    return { items: items.filter((item) => item.type !== ${JSON.stringify(PAINTED_PATHS)}), fonts: Object.keys(styles).sort() };`,
  );
}

interface PageShapes {
  /** From the painted paths reported with the text; null when none were reported. */
  withText: DrawnMark[] | null;
  /** From the page's operator list. */
  operatorList: DrawnMark[];
}

/** Each page's bullet-sized shapes of each file, read both ways. */
function shapes(pdfjs: string, files: string[]): PageShapes[][] {
  return everyPage(
    pdfjs,
    files,
    `const { paintedPaths, space } = await pdfjs.extractPageText(await pdf.getPage(number));
    const withText = paintedPaths === null ? null : pdfjs.marksOfPaintedPaths(paintedPaths, space);
    return { withText, operatorList: await pdfjs.drawnMarks(await pdf.getPage(number)) };`,
  ) as PageShapes[][];
}

/** dist/extract's pdf.js and extraction bundled with `plugins` into `folder`, as a file URL. */
async function bundlePdfJs(folder: string, name: string, plugins: Plugin[]): Promise<string> {
  const exports = ['pdfjs.js:loadPdfJs', 'open.js:openPdf', 'text.js:extractPageText', 'marks.js:drawnMarks', 'marks.js:marksOfPaintedPaths'];
  return pathToFileURL(await bundleExtract(root, join(folder, `${name}.mjs`), exports, plugins)).href;
}

const seed = seedExpected() as unknown as Hr21Document;
const part = (from: number, to: number): Hr21Document => ({ ...seed, overzicht: seed.overzicht.slice(from, to), functies: seed.functies.slice(from, to), modules: [] });

/** Whole lines, words, drawn bullets with typed dashes and running furniture, appended into one file. */
async function mixedStyles(): Promise<Uint8Array> {
  const { bytes } = await renderExports([
    { document: part(0, 3), style: styles.wordLike!, book: true },
    { document: part(3, 5), style: styles.timesWords! },
    { document: part(5, 7), style: styles.drawnColumns!, mix: { lists: { taken: '–' }, pages: [{ runs: 'word' }, { runs: 'line' }] } },
    { document: part(7, 9), style: styles.symbolFooter! },
  ]);
  return bytes;
}

const op = (name: string, ...operands: number[]) => PDFOperator.of(name as PDFOperatorNames, operands.map((value) => PDFNumber.of(value)));

/**
 * Shapes painted every way a content stream paints them, on three pages: discs (curves), squares
 * filled and stroked, paths closed by `v` and `y` curves, under nested `q`/`cm`; a clip, a large
 * box and a thin rule that are no bullets; a form XObject with a disc and a word, drawn twice at
 * other scales, and one with only a disc, drawn twice; a page turned a quarter (/Rotate 90); and a
 * page of text alone.
 */
async function paintedShapes(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const source = await PDFDocument.create();
  const sourceFont = await source.embedFont(StandardFonts.Helvetica);
  const withWord = source.addPage([40, 20]);
  withWord.drawCircle({ x: 5, y: 8, size: 2, color: rgb(0, 0, 0) });
  withWord.drawText('taak', { x: 12, y: 5, size: 8, font: sourceFont });
  const discOnly = source.addPage([10, 10]);
  discOnly.drawCircle({ x: 5, y: 5, size: 1.5, color: rgb(0, 0, 0) });
  const [formWithWord, formDiscOnly] = await pdf.embedPages([withWord, discOnly]);

  const shapesPage = (page: ReturnType<typeof pdf.addPage>) => {
    page.drawText('Overwegende functiekenmerken', { x: 72, y: 760, size: 10, font });
    page.drawCircle({ x: 80, y: 700, size: 2, color: rgb(0, 0, 0) });
    page.pushOperators(
      pushGraphicsState(),
      concatTransformationMatrix(1, 0, 0, 1, 60, 600),
      rectangle(10, 10, 4, 4),
      fill(),
      pushGraphicsState(),
      concatTransformationMatrix(0.5, 0, 0, 0.5, 40, 0),
      rectangle(0, 0, 8, 8),
      stroke(),
      moveTo(20, 0),
      appendQuadraticCurve(16, 12, 28, 0),
      closePath(),
      fill(),
      moveTo(40, 0),
      op('y', 36, 12, 48, 0),
      closePath(),
      fill(),
      moveTo(60, 0),
      appendBezierCurve(60, 6, 66, 6, 66, 0),
      lineTo(60, 0),
      fill(),
      popGraphicsState(),
      rectangle(100, 10, 5, 5),
      clip(),
      endPath(),
      rectangle(100, 40, 200, 80),
      fill(),
      rectangle(100, 140, 200, 0.5),
      fill(),
      popGraphicsState(),
    );
    page.drawPage(formWithWord!, { x: 72, y: 500 });
    page.drawPage(formWithWord!, { x: 72, y: 450, xScale: 1.5, yScale: 1.5 });
    page.drawPage(formDiscOnly!, { x: 72, y: 400 });
    page.drawPage(formDiscOnly!, { x: 92, y: 400, xScale: 0.8, yScale: 0.8 });
  };
  shapesPage(pdf.addPage([595, 842]));
  const turned = pdf.addPage([595, 842]);
  turned.setRotation(degrees(90));
  shapesPage(turned);
  pdf.addPage([595, 842]).drawText('Alleen tekst', { x: 72, y: 760, size: 10, font });
  return pdf.save();
}

/** Shapes in a fixed order, their coordinates to a millionth of a point: two sums in another order differ in the last bits. */
const normalised = (marks: DrawnMark[] | null) =>
  marks
    ?.map((mark) => [mark.x, mark.y, mark.width, mark.height].map((value) => Math.round(value * 1e6) / 1e6))
    .sort((a, b) => a.join(',').localeCompare(b.join(',')));

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
    expect(threadsBundle()).toMatch(/Object\.assign\(Object\.create\(\w+\.prototype\),this\)/);
  });
});

describe("build: pdf.js's text extraction reports painted paths", () => {
  it('changes only getTextContent, in both of pdf.js’s worker builds', () => {
    for (const path of workerSources) {
      const source = readFileSync(path, 'utf8');
      const changed = reportPaintedPaths(source, path);
      const method = (text: string) => text.slice(text.indexOf('  async getTextContent({'), text.indexOf('  async extractDataStructures('));
      expect(method(changed)).not.toBe(method(source));
      expect(changed.replace(method(changed), '')).toBe(source.replace(method(source), ''));
    }
  });

  it('fails the build, naming the file, when pdf.js writes a piece it changes otherwise or twice', () => {
    const source = readFileSync(workerSources[0] as string, 'utf8');
    const rewritten = source.replace('          case OPS.setTextRise:\n', '          case OPS.setTextRise: // rise\n');
    expect(() => reportPaintedPaths(rewritten, 'pdf.worker.mjs')).toThrow(/pdf\.worker\.mjs: expected getTextContent's "case OPS\.setTextRise:" .* found 0/);
    const doubled = source.replace('    stateManager ||= new StateManager(new TextState());\n', (line) => line + line);
    expect(() => reportPaintedPaths(doubled, 'pdf.worker.mjs')).toThrow(/found 2/);
  });

  it('is in the bundle the parsing threads run', () => {
    expect(threadsBundle()).toContain(JSON.stringify(PAINTED_PATHS));
  });
});

describe("build: the parser's pdf.js reads what pdf.js as installed reads", () => {
  let folder: string;
  let installed: string;
  let parsers: string;
  let files: string[];

  beforeAll(async () => {
    // Inside the project: the bundles find @napi-rs/canvas in node_modules, as the threads' bundle does.
    mkdirSync(join(root, 'tests/artifacts'), { recursive: true });
    folder = mkdtempSync(join(root, 'tests/artifacts/pdfjs-worker-'));
    const mixed = join(folder, 'mixed.pdf');
    writeFileSync(mixed, await mixedStyles());
    const painted = join(folder, 'painted.pdf');
    writeFileSync(painted, await paintedShapes());
    files = [seedPdfPath, mixed, painted];
    [installed, parsers] = await Promise.all([bundlePdfJs(folder, 'installed', []), bundlePdfJs(folder, 'parsers', [pdfjsWorkerChanges])]);
  }, 60_000);

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('reads exactly the text runs, from documents mixing producers’ styles page by page', () => {
    const asInstalled = textRuns(installed, files);
    const runs = (asInstalled as { items: unknown[] }[][]).map((pages) => pages.reduce((sum, page) => sum + page.items.length, 0));
    expect(runs.slice(0, 2).every((count) => count > 500)).toBe(true);
    expect(textRuns(parsers, files)).toEqual(asInstalled);
  }, 120_000);

  it('reports with the text the bullet-sized shapes the operator list paints, in forms and on turned pages too', () => {
    const [seedPages, mixedPages, paintedPages] = shapes(parsers, files) as [PageShapes[], PageShapes[], PageShapes[]];
    for (const page of [...seedPages, ...mixedPages, ...paintedPages]) expect(normalised(page.withText)).toEqual(normalised(page.operatorList));
    // Per shapes page: the disc, two squares, the v, y and c shapes, the forms' discs twice each; not the clip, box or rule.
    expect(paintedPages.map((page) => page.withText?.length)).toEqual([10, 10, 0]);
    expect(mixedPages.some((page) => (page.withText?.length ?? 0) > 0)).toBe(true);
    // pdf.js as installed reports none: its pages are read from their operator lists.
    expect((shapes(installed, files) as PageShapes[][]).flat().every((page) => page.withText === null)).toBe(true);
  }, 120_000);
});
