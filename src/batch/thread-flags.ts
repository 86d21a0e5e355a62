import { setFlagsFromString } from 'node:v8';

/**
 * V8 flags of a process that runs parsing threads. Node 20 unregisters a thread's isolate from
 * its platform before disposing of it; an optimising compile still running in the background
 * for that isolate may allocate, reach the heap's limit and post an incremental-marking task to
 * the isolate that is gone, which aborts the whole process ("Assertion failed: (data.first) !=
 * nullptr", NodePlatform::ForIsolate, from IncrementalMarkingJob::ScheduleTask): about one CLI
 * run in sixty in the test suite, at the batch's end. Without that task, marking is still
 * started and driven by the thread's own allocations, and compiling stays on a background core.
 */
const FLAGS = ['--no-incremental-marking-task'];

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
