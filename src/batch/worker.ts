import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { Hr21Error, isHr21Error } from '../errors/hr21-error.js';
import { toJson } from '../emit/json.js';
import { toMarkdown } from '../emit/markdown.js';
import { toSources } from '../emit/sources.js';
import { functiesCsv, takenCsv } from '../emit/csv.js';
import { splitFuncties } from '../emit/split.js';
import type { Hr21Document } from '../schema/document.js';
import { safeFileName } from './safe-name.js';
import { loadPdfJs } from '../extract/pdfjs.js';
import { parsePdfDetailed } from '../parse-pdf.js';
import { ocrDocument } from '../ocr/index.js';
import { writeFileAtomic } from './atomic-write.js';
import { extractRange } from './extract-helper.js';
import { type HelperRequest, parallelExtractor } from './parallel-extract.js';
import type { Job, JobResult, OcrPlan } from './job.js';

/** `<stem>/<code>.json` per function; names come from the document, so they are made safe first. */
function splitFiles(document: Hr21Document, outStem: string): [string, () => string][] {
  const used = new Set<string>();
  return splitFuncties(document).map((part, index) => {
    const base = safeFileName(part.functie.code ?? part.functie.naam ?? '', `functie-${index + 1}`);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    used.add(name.toLowerCase());
    const path = join(outStem, `${name}.json`);
    if (relative(outStem, path).startsWith('..')) throw new Hr21Error('HR21_INTERNAL', `unsafe output name "${name}"`);
    return [path, () => `${JSON.stringify(part, null, 2)}\n`];
  });
}

async function readBounded(job: Job): Promise<Uint8Array> {
  const { size } = await stat(job.path);
  if (size > job.maxBytes) {
    throw new Hr21Error('HR21_TOO_LARGE', `the file is ${size} bytes, more than the limit of ${job.maxBytes} (raise it with --max-bytes)`);
  }
  return new Uint8Array(await readFile(job.path));
}

/** Parses one file and writes its outputs; a failure is a value, never an exception. */
export async function runJob(job: Job): Promise<JobResult> {
  let sha256: string | null = null;
  try {
    const bytes = await readBounded(job);
    sha256 = createHash('sha256').update(bytes).digest('hex');
    const fileName = job.path.split(/[\\/]/).pop() ?? 'document.pdf';
    const options = { fileName, sha256, maxPages: job.maxPages, ocr: job.ocr ?? 'auto', ...(job.password ? { password: job.password } : {}) };
    const outcome = await parsePdfDetailed(
      bytes,
      options,
      job.helpers ? parallelExtractor(job.helpers, job.memoryMb ?? 1024) : undefined,
      // The pool's idle cores read OCR pages too: one engine per core this file may use.
      (pdf, extracted, ocrOptions) =>
        ocrDocument(pdf, extracted, { ...ocrOptions, engines: 1 + (job.helpers ?? 0), onPlan: (pages) => parentPort?.postMessage({ id: job.id, ocrPages: pages } satisfies OcrPlan) }),
    );
    const emitStart = performance.now();
    const { document } = outcome;
    const json = toJson(document);
    const files: [string, () => string][] = [];
    if (job.formats.includes('json')) files.push([`${job.outStem}.json`, () => json]);
    if (job.formats.includes('md')) files.push([`${job.outStem}.md`, () => toMarkdown(document)]);
    if (job.formats.includes('csv')) {
      const options = { delimiter: job.csvDelimiter };
      files.push([`${job.outStem}.functies.csv`, () => functiesCsv(document, options)], [`${job.outStem}.taken.csv`, () => takenCsv(document, options)]);
    }
    if (job.formats.includes('sources')) {
      files.push([`${job.outStem}.sources.json`, () => `${JSON.stringify(toSources(document, outcome.layout, outcome.roles), null, 2)}\n`]);
    }
    if (job.split) files.push(...splitFiles(document, job.outStem));
    const outputs = files.map(([path]) => path);
    await Promise.all(files.map(([path, render]) => writeFileAtomic(path, render())));
    return {
      id: job.id,
      ok: true,
      sha256: document.source.sha256,
      pages: document.source.pageCount,
      functies: document.functies.length,
      modules: document.modules.length,
      ocrPages: document.source.ocr?.pages.length ?? 0,
      warnings: document.warnings,
      outputs,
      ...(job.returnJson ? { json } : {}),
      timings: { ...outcome.timings, emit: performance.now() - emitStart },
    };
  } catch (error) {
    if (isHr21Error(error)) return { id: job.id, ok: false, code: error.code, message: error.message, sha256 };
    const message = error instanceof Error ? error.message : String(error);
    if (typeof (error as NodeJS.ErrnoException).syscall === 'string') {
      return { id: job.id, ok: false, code: 'HR21_IO', message: `file system error (${message})`, sha256 };
    }
    return { id: job.id, ok: false, code: 'HR21_DAMAGED', message: `the PDF could not be read (${message})`, sha256 };
  }
}

// A thread exists to read PDFs: it loads pdf.js at once, while the main thread still deals out files.
void loadPdfJs({ ownThread: true }).catch(() => undefined);

// The same file serves the pool's workers and the helpers that extract part of a long PDF.
const helperRequest = (workerData as { helper?: HelperRequest } | null)?.helper;
if (helperRequest) {
  void extractRange(helperRequest).then((reply) => parentPort?.postMessage(reply));
} else {
  parentPort?.on('message', (job: Job) => {
    void runJob(job).then((result) => parentPort?.postMessage(result));
  });
}
