import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type InputFile, resolveInputs, type SkippedEntry } from '../batch/inputs.js';
import type { BatchLimits } from './batch-options.js';
import type { Job, JobResult, OutputFormat } from '../batch/job.js';
import { runPool } from '../batch/pool.js';
import { barReporter, lineReporter, type Reporter, silentReporter } from './progress.js';
import { UsageError } from './usage-error.js';
import type { Catalogue } from '../messages/catalogue.js';
import { describeError } from '../messages/render.js';

export interface BatchRequest {
  patterns: string[];
  outDir: string;
  formats: OutputFormat[];
  split?: boolean;
  csvDelimiter?: string;
  returnJson: boolean;
  limits: BatchLimits;
  quiet: boolean;
  /** List the entries below folders that are skipped (not PDFs). */
  verbose?: boolean;
  catalogue: Catalogue;
}

/** What `hr21 parse` reads without arguments. */
const DEFAULT_INPUT = 'input';

export interface BatchEntry {
  job: Job;
  /** The input as the user knows it: relative to the working folder. */
  display: string;
  /** The input below the folder its pattern started from; outputs mirror it. */
  relative: string;
  result: JobResult;
  /** The entry is a folder that could not be listed. */
  folder?: true;
}

function reporterFor(quiet: boolean, catalogue: Catalogue): Reporter {
  if (quiet) return silentReporter();
  return process.stderr.isTTY ? barReporter(process.stderr, catalogue) : lineReporter(process.stderr, catalogue);
}

interface Plan {
  jobs: Job[];
  files: InputFile[];
  skipped: SkippedEntry[];
}

/** Resolves the inputs and turns each into a job; the unreadable ones are never sent to a worker. */
async function planFor(request: BatchRequest): Promise<Plan> {
  if (request.patterns.length === 0 && !existsSync(DEFAULT_INPUT)) throw new UsageError(`there is no ${DEFAULT_INPUT}/ folder here: name the PDFs or folders to parse`);
  const { files, skipped, unmatched } = await resolveInputs(request.patterns.length > 0 ? request.patterns : [DEFAULT_INPUT]);
  for (const pattern of unmatched) {
    const message = describeError(request.catalogue, { code: 'HR21_IO', message: `no PDF matches "${pattern}"`, params: { pattern } });
    process.stderr.write(`hr21: ${message}\n`);
  }
  if (files.length === 0) throw new UsageError('nothing to parse');
  const { limits } = request;
  const jobs = files.map((file, id) => ({
    id,
    path: file.path,
    outStem: join(request.outDir, file.relative.replace(/\.pdf$/i, '')),
    formats: request.formats,
    split: request.split ?? false,
    csvDelimiter: request.csvDelimiter ?? ';',
    returnJson: request.returnJson,
    maxPages: limits.maxPages,
    maxBytes: limits.maxBytes,
    ocr: limits.ocr,
    ...(limits.password === undefined ? {} : { password: limits.password }),
  }));
  return { jobs, files, skipped };
}

const display = (path: string) => relative(process.cwd(), path) || path;

/**
 * Resolves the inputs and parses them on the worker pool, reporting each file as it finishes. A
 * path that cannot be read is reported failed (HR21_IO) at once and costs that path only.
 */
export async function runBatch(request: BatchRequest): Promise<{ entries: BatchEntry[]; skipped: SkippedEntry[]; seconds: number }> {
  const { limits } = request;
  // The workers start while the inputs are still being found: loading the parser takes longest.
  const planned = planFor(request);
  const reporter = reporterFor(request.quiet, request.catalogue);
  const started = performance.now();
  const entries: BatchEntry[] = [];
  let plan: Plan | undefined;
  const record = (result: JobResult) => {
    const { jobs, files } = plan as Plan;
    const job = jobs[result.id] as Job;
    const file = files[result.id] as InputFile;
    const entry: BatchEntry = { job, display: display(job.path), relative: file.relative, result, ...(file.folder ? { folder: true } : {}) };
    entries[result.id] = entry;
    reporter.file(entry.display, result, result.ok ? result.pages : 0, result.ok ? result.ocrPages : 0);
  };
  const pool = runPool(
    planned.then((found) => {
      plan = found;
      if (request.verbose) for (const entry of found.skipped) process.stderr.write(`skip ${display(entry.path)}: ${entry.reason}\n`);
      reporter.start(found.jobs.length);
      for (const [id, file] of found.files.entries()) {
        if (file.problem !== undefined) record({ id, ok: false, code: 'HR21_IO', message: file.problem, sha256: null });
      }
      return found.jobs.filter((job) => found.files[job.id]?.problem === undefined);
    }),
    { size: limits.jobs, timeoutMs: limits.timeoutMs, ocrPageMs: limits.ocrPageMs, memoryMb: limits.memoryMb },
  );
  for await (const result of pool) record(result);
  reporter.stop();
  return { entries, skipped: plan?.skipped ?? [], seconds: (performance.now() - started) / 1000 };
}
