import { type ResourceLimits, Worker } from 'node:worker_threads';
import { applyParserThreadFlags } from './thread-flags.js';

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
const WORKER_URL = new URL('./worker-entry.js', import.meta.url);

/** Starts a parsing thread with the limits every one of them has. */
export function startParserThread(memoryMb: number, workerData?: unknown): Worker {
  applyParserThreadFlags();
  return new Worker(WORKER_URL, { resourceLimits: threadLimits(memoryMb), ...(workerData === undefined ? {} : { workerData }) });
}
