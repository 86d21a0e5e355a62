import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { documentJob, type Job } from '../batch/job.js';
import { runPool } from '../batch/pool.js';
import { Hr21Error, isHr21Error } from '../errors/hr21-error.js';
import type { Hr21Document } from '../schema/document.js';
import { documentFromJson } from '../schema/read-document.js';
import type { BatchLimits } from './batch-options.js';

export type Side = { ok: true; document: Hr21Document } | { ok: false; error: Hr21Error };

/** How much of a file tells a JSON output from a PDF (a PDF's header may follow some junk). */
const SNIFF_BYTES = 1024;

function ioError(error: unknown): Hr21Error {
  if (isHr21Error(error)) return error;
  if (typeof (error as NodeJS.ErrnoException).syscall === 'string') return new Hr21Error('HR21_IO', `file system error (${(error as Error).message})`);
  throw error;
}

/**
 * A side that is a JSON output of this tool is read back through the schema; anything else
 * goes to the PDF parser, which names what it is if not a PDF. Whole JSON files are read, so
 * the PDF size limit applies to them too.
 */
async function readJsonSide(path: string, maxBytes: number): Promise<Side | null> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const head = new Uint8Array(Math.min(size, SNIFF_BYTES));
    await handle.read(head, 0, head.length, 0);
    if (!/^\uFEFF?\s*\{/.test(new TextDecoder().decode(head))) return null;
    if (size > maxBytes) return { ok: false, error: new Hr21Error('HR21_TOO_LARGE', `${size} bytes, more than the limit of ${maxBytes}`) };
    return { ok: true, document: documentFromJson((await handle.readFile('utf8')).replace(/^\uFEFF/, '')) };
  } finally {
    await handle.close();
  }
}

/**
 * Reads both sides of a comparison: JSON outputs directly, PDFs on the worker pool (both at
 * once, under the same limits as a batch). A side that cannot be read carries its coded error.
 */
export async function readSides(paths: readonly string[], limits: BatchLimits): Promise<Side[]> {
  const sides: (Side | null)[] = await Promise.all(
    paths.map((path) => readJsonSide(path, limits.maxBytes).catch((error: unknown): Side => ({ ok: false, error: ioError(error) }))),
  );
  const jobs: Job[] = paths.flatMap((path, id) => (sides[id] === null ? [documentJob(id, resolve(path), limits)] : []));
  if (jobs.length > 0) {
    for await (const result of runPool(jobs, { size: limits.jobs, timeoutMs: limits.timeoutMs, memoryMb: limits.memoryMb })) {
      if (result.ok && result.json !== undefined) sides[result.id] = { ok: true, document: JSON.parse(result.json) as Hr21Document };
      else if (!result.ok) sides[result.id] = { ok: false, error: new Hr21Error(result.code, result.message) };
    }
  }
  return sides.map((side) => side ?? { ok: false, error: new Hr21Error('HR21_INTERNAL', 'the parser returned no document') });
}
