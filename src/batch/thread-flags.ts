import { setFlagsFromString } from 'node:v8';

/**
 * V8 flags of a process that runs parsing threads. No incremental-marking task: Node 20
 * unregisters a thread's isolate from its platform before disposing of it; an optimising compile
 * still running in the background for that isolate may allocate, reach the heap's limit and post
 * an incremental-marking task to the isolate that is gone, which aborts the whole process
 * ("Assertion failed: (data.first) != nullptr", NodePlatform::ForIsolate, from
 * IncrementalMarkingJob::ScheduleTask): about one CLI run in sixty in the test suite, at the
 * batch's end. Without that task, marking is still started and driven by the thread's own
 * allocations, and compiling stays on a background core.
 */
const NO_MARKING_TASK = '--no-incremental-marking-task';

/**
 * V8's `gc` in every context a thread makes, for the OCR stage's full collections (see
 * `collectGarbage` in worker.ts). Set from the start, not when the first page is read: any flag
 * set later changes the flags the next thread starts under, and V8 would refuse it the cache.
 */
const EXPOSE_GC = '--expose-gc';

const FLAGS = [NO_MARKING_TASK, EXPOSE_GC];

let applied = false;

/**
 * Sets the flags once, before the first parsing thread starts. V8 also refuses a code cache made
 * under other flags, so the build sets them too before it writes the threads' cache.
 */
export function applyParserThreadFlags(): void {
  if (applied) return;
  for (const flag of FLAGS) setFlagsFromString(flag);
  applied = true;
}
