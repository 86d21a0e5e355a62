import type { Worker } from 'node:worker_threads';
import type { ErrorCode } from '../errors/hr21-error.js';
import type { Job, JobResult, OcrPlan } from './job.js';
import { startParserThread } from './parser-thread.js';

export interface PoolOptions {
  size: number;
  /** Milliseconds one file may take before its worker is terminated; a job may ask for less or more. */
  timeoutMs: number;
  /** Milliseconds added to a file's limit for each page it reads by OCR (default 0). */
  ocrPageMs?: number;
  /** Heap limit per worker, so one hostile file cannot take the machine's memory. */
  memoryMb: number;
}

/** Limits of one job, where they differ from the pool's. */
export interface RunLimits {
  timeoutMs?: number;
  /** Aborting takes a job that still waits for a thread out of the queue; a running job finishes. */
  signal?: AbortSignal;
}

export interface PoolStats {
  size: number;
  /** Threads that have loaded the parser. */
  loaded: number;
  busy: number;
  /** Jobs waiting for a free thread. */
  waiting: number;
}

/**
 * A fixed number of parsing threads shared by whoever submits jobs: the batch, or the HTTP
 * server with one job per request. A file that hangs or crashes its thread costs that file
 * only: the thread is replaced and the other jobs go on.
 */
export interface WorkerPool {
  /** Parses one file on the next free thread. A failed parse resolves as a failure; only an abort rejects. */
  run(job: Job, limits?: RunLimits): Promise<JobResult>;
  /** Starts threads ahead of the jobs, up to `count` and the pool's size: loading the parser takes longest. */
  warm(count: number): void;
  stats(): PoolStats;
  /** The live threads, for tests that kill one mid-job. */
  threads(): readonly Worker[];
  /** Terminates every thread; jobs still waiting or running reject. */
  close(): Promise<void>;
}

/** What a worker thread posts: a job's result, or once that it has loaded the parser. */
export type WorkerMessage = JobResult | OcrPlan | { ready: true };

interface Waiting {
  job: Job;
  limits: RunLimits;
  resolve: (result: JobResult) => void;
  reject: (reason: unknown) => void;
  onAbort?: () => void;
}

interface Thread {
  worker: Worker;
  loaded: boolean;
  current: (Waiting & { started: number; timeoutMs: number; timer: NodeJS.Timeout | undefined }) | null;
}

export function createPool(options: PoolOptions): WorkerPool {
  const threads: Thread[] = [];
  const queue: Waiting[] = [];
  let closed = false;

  const finish = (thread: Thread, result: JobResult) => {
    const current = thread.current;
    if (!current) return;
    clearTimeout(current.timer);
    thread.current = null;
    current.resolve({ ...result, elapsedMs: performance.now() - current.started });
  };

  /** Drops a thread that failed; a new one takes its place, unless it never even loaded (then the next job starts one). */
  const replace = (thread: Thread) => {
    void thread.worker.terminate();
    threads.splice(threads.indexOf(thread), 1);
    if (!closed && (thread.loaded || queue.length > 0)) feed(spawn());
  };

  const spawn = (): Thread => {
    const thread: Thread = { worker: startParserThread(options.memoryMb), loaded: false, current: null };
    threads.push(thread);
    thread.worker.on('message', (message: WorkerMessage) => {
      thread.loaded = true;
      if ('ready' in message || thread.current?.job.id !== message.id) return;
      if (!('ok' in message)) {
        // Pages to read by OCR: the file gets more time for each.
        const { current } = thread;
        arm(thread, current.timeoutMs + message.ocrPages * (options.ocrPageMs ?? 0));
        return;
      }
      finish(thread, message);
      feed(thread);
    });
    const crashed = (message: string, code: ErrorCode) => {
      const current = thread.current;
      if (current) finish(thread, { id: current.job.id, ok: false, code, message, sha256: null });
      if (threads.includes(thread)) replace(thread);
    };
    thread.worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        crashed(`parsing needed more than ${options.memoryMb} MB of memory (raise it with --memory)`, 'HR21_TOO_LARGE');
      } else {
        crashed(`the parser crashed: ${error.message}`, 'HR21_INTERNAL');
      }
    });
    thread.worker.on('exit', (exitCode) => {
      if (!closed) crashed(`the parser stopped unexpectedly (exit code ${exitCode})`, 'HR21_INTERNAL');
    });
    return thread;
  };

  /** Sets the time limit of the thread's file to `limitMs` from its start. */
  const arm = (thread: Thread, limitMs: number) => {
    const current = thread.current;
    if (!current) return;
    clearTimeout(current.timer);
    current.timer = setTimeout(
      () => {
        finish(thread, {
          id: current.job.id,
          ok: false,
          code: 'HR21_TIMEOUT',
          message: `parsing took longer than ${limitMs / 1000} s (raise it with --timeout)`,
          params: { seconds: limitMs / 1000 },
          sha256: null,
        });
        replace(thread);
      },
      Math.max(0, limitMs - (performance.now() - current.started)),
    );
  };

  const feed = (thread: Thread) => {
    const next = queue.shift();
    if (!next) return;
    if (next.onAbort) next.limits.signal?.removeEventListener('abort', next.onAbort);
    const timeoutMs = next.limits.timeoutMs ?? options.timeoutMs;
    thread.current = { ...next, started: performance.now(), timeoutMs, timer: undefined };
    arm(thread, timeoutMs);
    thread.worker.postMessage({ ...next.job, memoryMb: options.memoryMb });
  };

  const warm = (count: number) => {
    while (!closed && threads.length < Math.min(options.size, count)) spawn();
  };

  return {
    run(job, limits = {}) {
      return new Promise<JobResult>((resolve, reject) => {
        if (closed) throw new Error('the worker pool is closed');
        limits.signal?.throwIfAborted();
        const waiting: Waiting = { job, limits, resolve, reject };
        if (limits.signal) {
          const signal = limits.signal;
          waiting.onAbort = () => {
            const index = queue.indexOf(waiting);
            if (index >= 0) queue.splice(index, 1);
            reject(signal.reason);
          };
          signal.addEventListener('abort', waiting.onAbort, { once: true });
        }
        queue.push(waiting);
        const idle = threads.find((thread) => thread.current === null);
        if (idle) feed(idle);
        else if (threads.length < options.size) feed(spawn());
      });
    },
    warm,
    stats: () => ({
      size: options.size,
      loaded: threads.filter((thread) => thread.loaded).length,
      busy: threads.filter((thread) => thread.current !== null).length,
      waiting: queue.length,
    }),
    threads: () => threads.map((thread) => thread.worker),
    async close() {
      closed = true;
      for (const waiting of queue.splice(0)) {
        if (waiting.onAbort) waiting.limits.signal?.removeEventListener('abort', waiting.onAbort);
        waiting.reject(new Error('the worker pool is closed'));
      }
      for (const thread of threads) {
        if (!thread.current) continue;
        clearTimeout(thread.current.timer);
        thread.current.reject(new Error('the worker pool is closed'));
      }
      await Promise.all(threads.splice(0).map((thread) => thread.worker.terminate()));
    },
  };
}

/**
 * Runs a batch of jobs on a pool and yields each result as it is ready, in completion order.
 * The jobs may still be coming (a glob being expanded): one thread starts at once and loads the
 * parser meanwhile; the others only when there are files for them, so they do not compete with
 * it for the CPU.
 */
export async function* runPool(jobsToCome: readonly Job[] | Promise<readonly Job[]>, options: PoolOptions): AsyncGenerator<JobResult> {
  const pool = createPool(options);
  pool.warm(Array.isArray(jobsToCome) ? (jobsToCome as readonly Job[]).length : 1);
  try {
    const jobs = await jobsToCome;
    // Fewer files than threads: the spare threads help extract long files' pages.
    const helpers = Math.max(0, Math.floor(options.size / Math.max(1, jobs.length)) - 1);
    const results: JobResult[] = [];
    let wake: (() => void) | null = null;
    for (const job of jobs) {
      // A job still running when the consumer stops early rejects as the pool closes: nothing to report then.
      void pool.run({ ...job, helpers }).then((result) => {
        results.push(result);
        wake?.();
      }, () => undefined);
    }
    for (let yielded = 0; yielded < jobs.length; yielded++) {
      while (results.length === 0) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
      yield results.shift() as JobResult;
    }
  } finally {
    await pool.close();
  }
}
