import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { codedError, Hr21Error, isHr21Error } from '../errors/hr21-error.js';
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
import { writeFileAtomicSync } from './atomic-write.js';
import { describeIoError, describeNonFile } from './io-problem.js';
import { extractRange } from './extract-helper.js';
import { type HelperRequest, parallelExtractor } from './parallel-extract.js';
import type { Job, JobResult, OcrPlan, ReplyOutput } from './job.js';
import type { WorkerMessage } from './pool.js';

/** `<stem>/<code>.json` per function; names come from the document, so they are made safe first. */
function splitFiles(document: Hr21Document, outStem: string): [string, () => string][] {
  const used = new Set<string>();
  return splitFuncties(document).map((part, index) => {
    const base = safeFileName(part.functie.code ?? part.functie.naam ?? '', `functie-${index + 1}`);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    used.add(name.toLowerCase());
    const path = join(outStem, `${name}.json`);
    if (relative(outStem, path).startsWith('..')) throw new Hr21Error('HR21_INTERNAL', `unsafe output name "${name}"`, { params: { detail: name } });
    return [path, () => `${JSON.stringify(part, null, 2)}\n`];
  });
}

/**
 * Reads the file, having checked what it is through the open descriptor: the path may have become
 * a FIFO or device since it was listed. Opened non-blocking, so a FIFO without a writer cannot
 * hold the thread (and the batch's exit) forever. Synchronous: the thread has nothing else to do
 * meanwhile, and each asynchronous step would be a round trip through libuv's thread pool.
 */
async function readBounded(job: Job): Promise<Uint8Array> {
  if (job.bytes) {
    if (job.bytes.byteLength > job.maxBytes) {
      throw new Hr21Error('HR21_TOO_LARGE', `the file is ${job.bytes.byteLength} bytes, more than the limit of ${job.maxBytes} (raise it with --max-bytes)`, {
        params: { unit: 'bytes', size: job.bytes.byteLength, limit: job.maxBytes },
      });
    }
    return job.bytes;
  }
  let descriptor: number;
  try {
    descriptor = openSync(job.path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const detail = await describeIoError(error, job.path, 'the file is gone: it was moved or removed after it was listed');
    throw new Hr21Error('HR21_IO', `cannot read the file: ${detail}`, { params: { unreadable: detail } });
  }
  try {
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) {
      const detail = describeNonFile(stats);
      throw new Hr21Error('HR21_IO', `cannot read the file: ${detail}`, { params: { unreadable: detail } });
    }
    if (stats.size > job.maxBytes) {
      throw new Hr21Error('HR21_TOO_LARGE', `the file is ${stats.size} bytes, more than the limit of ${job.maxBytes} (raise it with --max-bytes)`, {
        params: { unit: 'bytes', size: stats.size, limit: job.maxBytes },
      });
    }
    const content = readFileSync(descriptor);
    return new Uint8Array(content.buffer, content.byteOffset, content.byteLength);
  } finally {
    closeSync(descriptor);
  }
}

/**
 * A full garbage collection on this thread, for the OCR stage between the steps of a page: a
 * 300-dpi page's decoded scan and copies are 60 MB of buffers that glibc's allocator would
 * otherwise keep (measured: the 2-job peak RSS 30–50 MB lower). Node offers no call for it but
 * V8's own `gc`, which the parsing threads' flags (thread-flags.ts) give every thread; without
 * it (a thread not started as a parsing thread) the collector keeps its own time.
 */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
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
        ocrDocument(pdf, extracted, { ...ocrOptions, engines: 1 + (job.helpers ?? 0), keepEngines: true, collectGarbage, onPlan: (pages) => parentPort?.postMessage({ id: job.id, ocrPages: pages } satisfies OcrPlan) }),
    );
    const emitStart = performance.now();
    const { document } = outcome;
    const json = toJson(document);
    const csv = { delimiter: job.csvDelimiter };
    const render: Record<ReplyOutput, () => string> = {
      json: () => json,
      md: () => toMarkdown(document),
      'functies.csv': () => functiesCsv(document, csv),
      'taken.csv': () => takenCsv(document, csv),
      'sources.json': () => `${JSON.stringify(toSources(document, outcome.layout, outcome.roles), null, 2)}\n`,
    };
    const files: [string, () => string][] = [];
    const output = (name: ReplyOutput) => files.push([`${job.outStem}.${name}`, render[name]]);
    if (job.formats.includes('json')) output('json');
    if (job.formats.includes('md')) output('md');
    if (job.formats.includes('csv')) {
      output('functies.csv');
      output('taken.csv');
    }
    if (job.formats.includes('sources')) output('sources.json');
    if (job.split) files.push(...splitFiles(document, job.outStem));
    const outputs = files.map(([path]) => path);
    for (const [path, render] of files) writeFileAtomicSync(path, render());
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
      ...(job.reply ? { reply: render[job.reply]() } : {}),
      timings: { ...outcome.timings, emit: performance.now() - emitStart },
    };
  } catch (error) {
    if (isHr21Error(error)) return { id: job.id, ok: false, ...codedError(error), sha256 };
    const message = error instanceof Error ? error.message : String(error);
    if (typeof (error as NodeJS.ErrnoException).syscall === 'string') {
      return { id: job.id, ok: false, code: 'HR21_IO', message: `file system error (${message})`, params: { detail: message }, sha256 };
    }
    return { id: job.id, ok: false, code: 'HR21_DAMAGED', message: `the PDF could not be read (${message})`, params: { detail: message }, sha256 };
  }
}

// A thread exists to read PDFs: it loads pdf.js at once, while the main thread still deals out files.
const loaded = loadPdfJs({ ownThread: true }).catch(() => undefined);

// The same file serves the pool's workers and the helpers that extract part of a long PDF.
const helperRequest = (workerData as { helper?: HelperRequest } | null)?.helper;
const post = (message: WorkerMessage) => parentPort?.postMessage(message);
if (helperRequest) {
  void extractRange(helperRequest).then((reply) => parentPort?.postMessage(reply));
} else if (parentPort) {
  // The pool reports a thread ready (the server's /readyz) once the parser is loaded.
  void loaded.then(() => post({ ready: true }));
  parentPort.on('message', (job: Job) => {
    void runJob(job).then(post);
  });
}
