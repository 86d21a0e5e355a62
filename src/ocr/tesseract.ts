import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type Tesseract from 'tesseract.js';
import type { PgmImage } from './grey-image.js';

/**
 * tesseract.js runs its own worker script and loads its WebAssembly core and the language
 * models from node_modules by path, so it is required at run time, never bundled, and only
 * when a page needs OCR: a PDF with a good text layer does not even load it.
 */
const require = createRequire(import.meta.url);

export const OCR_LANGUAGE = 'nld';

/** One recognised word, in pixels of the image it was read from (origin top-left). */
export interface OcrWord {
  text: string;
  /** 0–100, as the engine reports it. */
  confidence: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Left and right edge of each character, when the engine gives them. */
  symbols?: { x0: number; x1: number }[];
}

/** One recognised line: its words, its baseline at either end and its height from descender to ascender. */
export interface OcrLine {
  words: OcrWord[];
  baseline: { x0: number; y0: number; x1: number; y1: number };
  rowHeight: number;
  /** x-height plus ascenders: descenders are what is left of the row height. */
  descenders: number;
}

export interface OcrPageResult {
  lines: OcrLine[];
  /** Mean word confidence of the page, 0–100. */
  confidence: number;
}

export interface OcrEngine {
  readonly name: string;
  /** Reads an image handed over as its PGM file, in the image's pixels. */
  recognize(image: PgmImage, dpi: number): Promise<OcrPageResult>;
  close(): Promise<void>;
}

interface DataPackage {
  code: string;
  gzip: boolean;
  langPath: string;
}

function engineName(): string {
  const { version } = require('tesseract.js/package.json') as { version: string };
  return `tesseract.js ${version}`;
}

function toLines(page: Tesseract.Page): OcrLine[] {
  const lines: OcrLine[] = [];
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const words = line.words
          .filter((word) => word.text.trim() !== '')
          .map((word) => ({ text: word.text, confidence: word.confidence, ...word.bbox, symbols: word.symbols.map((symbol) => ({ x0: symbol.bbox.x0, x1: symbol.bbox.x1 })) }));
        if (words.length === 0) continue;
        lines.push({ words, baseline: line.baseline, rowHeight: line.rowAttributes.rowHeight, descenders: line.rowAttributes.descenders });
      }
    }
  }
  return lines;
}

/** The engine's failures arrive as strings: make them errors that say where they came from. */
function asError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(`OCR engine: ${String(reason)}`);
}

/**
 * The package's LSTM-only model (`4.0.0_best_int`, 3 MB), the one tesseract.js itself picks for
 * the LSTM engine: its default folder (`4.0.0`, 10 MB) adds the legacy engine's model, which the
 * LSTM engine never uses but which is unpacked and held in every engine's memory all the same.
 */
const LSTM_MODEL_FOLDER = '4.0.0_best_int';

/**
 * Starts one tesseract.js worker with the Dutch model shipped in @tesseract.js-data/nld: read
 * from its folder as the package ships it (gzip), never fetched and never cached to disk.
 */
export async function startTesseract(): Promise<OcrEngine> {
  const { createWorker, OEM } = require('tesseract.js') as typeof Tesseract;
  const model = require(`@tesseract.js-data/${OCR_LANGUAGE}`) as DataPackage;
  const worker = await createWorker(model.code, OEM.LSTM_ONLY, {
    langPath: join(dirname(model.langPath), LSTM_MODEL_FOLDER),
    gzip: model.gzip,
    cacheMethod: 'none',
    errorHandler: () => undefined,
  }).catch((reason: unknown) => {
    throw asError(reason);
  });
  const name = engineName();
  return {
    name,
    async recognize(image, dpi) {
      try {
        await worker.setParameters({ user_defined_dpi: String(Math.round(dpi)) });
        const { file } = image;
        // tesseract.js copies a typed array it is given but wraps an ArrayBuffer (not in its types): the
        // file's own buffer spares a page-sized copy, and each copy shows in the memory a reading thread peaks at.
        const buffer = file.byteOffset === 0 && file.byteLength === file.buffer.byteLength ? file.buffer : file.slice().buffer;
        const { data } = await worker.recognize(buffer as unknown as Buffer, {}, { blocks: true, text: false });
        return { lines: toLines(data), confidence: data.confidence };
      } catch (reason) {
        throw asError(reason);
      }
    },
    async close() {
      await worker.terminate().catch(() => undefined);
    },
  };
}

/** Engines a thread kept after its last document, for its next; stopped when unused this long. */
const idleEngines: OcrEngine[] = [];
const IDLE_MS = 30_000;
let idleTimer: NodeJS.Timeout | undefined;

function stopIdleEngines(): void {
  for (const engine of idleEngines.splice(0)) void engine.close();
}

/**
 * Runs `use` with `count` engines started in parallel; they are stopped afterwards, or, with
 * `keep` (a pool thread, which the pool terminates with everything it started), one is kept for
 * the thread's next document: starting one costs about a CPU second, a third of reading a page.
 * An engine that failed is never kept.
 */
export async function withOcrEngines<T>(count: number, use: (engines: OcrEngine[]) => Promise<T>, options: { keep?: boolean } = {}): Promise<T> {
  clearTimeout(idleTimer);
  const wanted = Math.max(1, count);
  const reused = idleEngines.splice(0, wanted);
  const started = await Promise.allSettled(Array.from({ length: wanted - reused.length }, () => startTesseract()));
  const engines = [...reused, ...started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []))];
  let succeeded = false;
  try {
    if (engines.length === 0) throw asError((started[0] as PromiseRejectedResult).reason);
    const result = await use(engines);
    succeeded = true;
    return result;
  } finally {
    if (options.keep === true && succeeded) {
      // One kept a thread: the engines a long document borrowed from idle cores are not held for long.
      const [kept, ...rest] = engines as [OcrEngine, ...OcrEngine[]];
      await Promise.all(rest.map((engine) => engine.close()));
      idleEngines.push(kept);
      idleTimer = setTimeout(stopIdleEngines, IDLE_MS);
      idleTimer.unref();
    } else {
      await Promise.all(engines.map((engine) => engine.close()));
    }
  }
}
