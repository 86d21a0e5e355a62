import { availableParallelism } from 'node:os';
import { resolveInputs } from './batch/inputs.js';
import { documentJob, type Job } from './batch/job.js';
import { runPool } from './batch/pool.js';
import { fromCodedError, Hr21Error } from './errors/hr21-error.js';
import type { OcrMode } from './extract/types.js';
import type { Hr21Document } from './schema/document.js';

export interface ParseFilesOptions {
  /** Files parsed in parallel, each on its own worker thread (default: one per core). */
  jobs?: number;
  /** Milliseconds one file may take (default 60 000, and 60 000 more per page read by OCR). */
  timeoutMs?: number;
  /** Pages read by OCR: `auto` (default) those without a usable text layer, `on` all, `off` none. */
  ocr?: OcrMode;
  maxPages?: number;
  maxBytes?: number;
  /** Heap limit per worker in MB (default 1024). */
  memoryMb?: number;
  password?: string;
  /** Folder that relative patterns start from (default: the working folder). */
  cwd?: string;
}

export type FileResult = ({ path: string; ok: true; document: Hr21Document } | { path: string; ok: false; error: Hr21Error }) & {
  /** Wall time from handing the file to a worker to its result. */
  elapsedMs: number;
};

/**
 * Parses every PDF the patterns match (files, folders, globs) on a pool of worker threads and
 * yields each result as it is ready, in completion order. A file that fails yields its error;
 * the others go on.
 */
export async function* parseFiles(patterns: string | readonly string[], options: ParseFilesOptions = {}): AsyncGenerator<FileResult> {
  const { files, unmatched } = await resolveInputs(typeof patterns === 'string' ? [patterns] : patterns, options.cwd);
  for (const pattern of unmatched) {
    yield { path: pattern, ok: false, error: new Hr21Error('HR21_IO', `no PDF matches "${pattern}"`, { params: { pattern } }), elapsedMs: 0 };
  }
  for (const file of files) {
    if (file.problem !== undefined) yield { path: file.path, ok: false, error: new Hr21Error('HR21_IO', file.problem, { params: { detail: file.problem } }), elapsedMs: 0 };
  }
  const limits = { maxPages: options.maxPages ?? 10_000, maxBytes: options.maxBytes ?? 200 * 1024 * 1024, password: options.password, ocr: options.ocr ?? 'auto' };
  const jobs: Job[] = files.filter((file) => file.problem === undefined).map((file, id) => documentJob(id, file.path, limits));
  const pool = runPool(jobs, {
    size: options.jobs ?? availableParallelism(),
    timeoutMs: options.timeoutMs ?? 60_000,
    ocrPageMs: options.timeoutMs === undefined ? 60_000 : 0,
    memoryMb: options.memoryMb ?? 1024,
  });
  for await (const result of pool) {
    const path = (jobs[result.id] as Job).path;
    const elapsedMs = result.elapsedMs ?? 0;
    if (result.ok && result.json !== undefined) yield { path, ok: true, document: JSON.parse(result.json) as Hr21Document, elapsedMs };
    else if (!result.ok) yield { path, ok: false, error: fromCodedError(result), elapsedMs };
  }
}
