import { setFlagsFromString } from 'node:v8';
import { type ResourceLimits, Worker } from 'node:worker_threads';

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

let compilingOnThread = false;

/**
 * Node 20 unregisters a worker's isolate from its platform before disposing of it; an optimising
 * compile still running in the background for that isolate then aborts the whole process
 * ("Assertion failed: (data.first) != nullptr", NodePlatform::ForIsolate) as the thread ends:
 * seen in about one CLI run in fifty in the test suite, at the batch's end. Optimising on the
 * thread itself leaves nothing running when it ends, for the same CPU. V8 reads the flag as an
 * isolate is made, so it holds for every thread started after this, ours and any other.
 */
function compileOnThread(): void {
  if (compilingOnThread) return;
  setFlagsFromString('--no-concurrent-recompilation');
  compilingOnThread = true;
}

/** Starts a parsing thread with the limits every one of them has. */
export function startParserThread(memoryMb: number, workerData?: unknown): Worker {
  compileOnThread();
  return new Worker(WORKER_URL, { resourceLimits: threadLimits(memoryMb), ...(workerData === undefined ? {} : { workerData }) });
}
