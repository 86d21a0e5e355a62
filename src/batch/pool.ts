import { type ResourceLimits, Worker } from 'node:worker_threads';
import type { ErrorCode } from '../errors/hr21-error.js';
import type { Job, JobResult, OcrPlan } from './job.js';

export interface PoolOptions {
  size: number;
  /** Milliseconds one file may take before its worker is terminated. */
  timeoutMs: number;
  /** Milliseconds added to a file's limit for each page it reads by OCR (default 0). */
  ocrPageMs?: number;
  /** Heap limit per worker, so one hostile file cannot take the machine's memory. */
  memoryMb: number;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  started: number;
  timer: NodeJS.Timeout | null;
}

/**
 * Limits of every parsing thread. The young generation is capped because V8's default lets each
 * thread grow it to 48 MB: capped at 8 MB, a two-worker batch peaks at about 215 MB instead of 270.
 */
export function threadLimits(memoryMb: number): ResourceLimits {
  return { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 8 };
}

/**
 * The thread of the pool's workers and of their page-range helpers: one file holding the parser
 * and pdf.js (`npm run build` bundles it with esbuild), compiled from its V8 code cache. Loading
 * hundreds of small modules and compiling pdf.js from source cost each new thread about 250 ms.
 */
export const WORKER_URL = new URL('./worker-entry.js', import.meta.url);

/**
 * Runs jobs on worker threads, one file per worker at a time, handing out the next file as a
 * worker frees up. A file that hangs or crashes its worker costs that file only: the worker is
 * replaced and the batch goes on. The jobs may still be coming (a glob being expanded): a
 * worker starts at once and loads the parser meanwhile.
 */
export async function* runPool(jobsToCome: readonly Job[] | Promise<readonly Job[]>, options: PoolOptions): AsyncGenerator<JobResult> {
  const queue: Job[] = [];
  const results: JobResult[] = [];
  let wake: (() => void) | null = null;
  let pending = 0;
  let helpers = 0;
  const notify = () => {
    wake?.();
    wake = null;
  };

  const finish = (slot: Slot, result: JobResult) => {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    results.push({ ...result, elapsedMs: performance.now() - slot.started });
    pending--;
    notify();
  };

  const spawn = (): Slot => {
    const slot: Slot = {
      worker: new Worker(WORKER_URL, { resourceLimits: threadLimits(options.memoryMb) }),
      job: null,
      started: 0,
      timer: null,
    };
    slot.worker.on('message', (message: JobResult | OcrPlan) => {
      if (slot.job?.id !== message.id) return;
      if (!('ok' in message)) {
        arm(slot, options.timeoutMs + message.ocrPages * (options.ocrPageMs ?? 0) - (performance.now() - slot.started));
        return;
      }
      finish(slot, message);
      feed(slot);
    });
    const crashed = (message: string, code: ErrorCode) => {
      const job = slot.job;
      if (!job) return;
      finish(slot, { id: job.id, ok: false, code, message, sha256: null });
      replace(slot);
    };
    slot.worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        crashed(`parsing needed more than ${options.memoryMb} MB of memory (raise it with --memory)`, 'HR21_TOO_LARGE');
      } else {
        crashed(`the parser crashed: ${error.message}`, 'HR21_INTERNAL');
      }
    });
    slot.worker.on('exit', (exitCode) => crashed(`the parser stopped unexpectedly (exit code ${exitCode})`, 'HR21_INTERNAL'));
    return slot;
  };

  const replace = (slot: Slot) => {
    void slot.worker.terminate();
    const index = slots.indexOf(slot);
    const fresh = spawn();
    slots[index] = fresh;
    feed(fresh);
  };

  /** (Re)starts the slot's time limit: `remainingMs` from now. */
  const arm = (slot: Slot, remainingMs: number) => {
    const job = slot.job;
    if (!job) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = setTimeout(() => {
      const seconds = (performance.now() - slot.started) / 1000;
      finish(slot, { id: job.id, ok: false, code: 'HR21_TIMEOUT', message: `parsing took longer than ${Number(seconds.toPrecision(2))} s (raise it with --timeout)`, sha256: null });
      replace(slot);
    }, Math.max(0, remainingMs));
  };

  const feed = (slot: Slot) => {
    const job = queue.shift();
    if (!job) {
      void slot.worker.terminate();
      return;
    }
    slot.job = job;
    slot.started = performance.now();
    arm(slot, options.timeoutMs);
    slot.worker.postMessage({ ...job, helpers, memoryMb: options.memoryMb });
  };

  // While the jobs are still coming, one worker starts loading: a single file needs no more,
  // and the others would only compete with it for the CPU.
  const known = Array.isArray(jobsToCome) ? (jobsToCome as readonly Job[]).length : 1;
  const slots = Array.from({ length: Math.max(1, Math.min(options.size, known)) }, spawn);
  try {
    const jobs = await jobsToCome;
    while (slots.length < Math.min(options.size, jobs.length)) slots.push(spawn());
    queue.push(...jobs);
    pending = jobs.length;
    // Fewer files than threads: the spare threads help extract long files' pages.
    helpers = Math.max(0, Math.floor(options.size / Math.max(1, jobs.length)) - 1);
    for (const slot of slots) feed(slot);
    while (pending > 0 || results.length > 0) {
      const next = results.shift();
      if (next) {
        yield next;
        continue;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    queue.length = 0;
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }
}
