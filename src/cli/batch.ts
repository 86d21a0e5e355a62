import { join, relative } from 'node:path';
import { resolveInputs } from '../batch/inputs.js';
import type { BatchLimits } from './batch-options.js';
import type { Job, JobResult, OutputFormat } from '../batch/job.js';
import { runPool } from '../batch/pool.js';
import { barReporter, lineReporter, type Reporter, silentReporter } from './progress.js';
import { UsageError } from './usage-error.js';

export interface BatchRequest {
  patterns: string[];
  outDir: string;
  formats: OutputFormat[];
  split?: boolean;
  csvDelimiter?: string;
  returnJson: boolean;
  limits: BatchLimits;
  quiet: boolean;
}

export interface BatchEntry {
  job: Job;
  /** The input as the user knows it: relative to the working folder. */
  display: string;
  /** The input below the folder its pattern started from; outputs mirror it. */
  relative: string;
  result: JobResult;
}

function reporterFor(quiet: boolean): Reporter {
  if (quiet) return silentReporter();
  return process.stderr.isTTY ? barReporter(process.stderr) : lineReporter(process.stderr);
}

/** Resolves the inputs and turns each PDF into a job. */
async function jobsFor(request: BatchRequest): Promise<{ jobs: Job[]; relatives: string[] }> {
  const { files, unmatched } = await resolveInputs(request.patterns.length > 0 ? request.patterns : ['input']);
  for (const pattern of unmatched) process.stderr.write(`hr21: no PDF matches "${pattern}"\n`);
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
  return { jobs, relatives: files.map((file) => file.relative) };
}

/** Resolves the inputs and parses them on the worker pool, reporting each file as it finishes. */
export async function runBatch(request: BatchRequest): Promise<{ entries: BatchEntry[]; seconds: number }> {
  const { limits } = request;
  // The workers start while the inputs are still being found: loading the parser takes longest.
  const planned = jobsFor(request);
  const reporter = reporterFor(request.quiet);
  const started = performance.now();
  const entries: BatchEntry[] = [];
  let plan: { jobs: Job[]; relatives: string[] } | undefined;
  const pool = runPool(
    planned.then((found) => {
      plan = found;
      reporter.start(found.jobs.length);
      return found.jobs;
    }),
    { size: limits.jobs, timeoutMs: limits.timeoutMs, ocrPageMs: limits.ocrPageMs, memoryMb: limits.memoryMb },
  );
  for await (const result of pool) {
    const { jobs, relatives } = plan as { jobs: Job[]; relatives: string[] };
    const job = jobs[result.id] as Job;
    const entry = { job, display: relative(process.cwd(), job.path) || job.path, relative: relatives[result.id] as string, result };
    entries[result.id] = entry;
    reporter.file(entry.display, result, result.ok ? result.pages : 0, result.ok ? result.ocrPages : 0);
  }
  reporter.stop();
  return { entries, seconds: (performance.now() - started) / 1000 };
}
