import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { codeCachePath } from '../src/batch/cached-bundle.js';

const dist = (path: string) => new URL(`../dist/${path}`, import.meta.url).href;
const LOADER = dist('batch/cached-bundle.js');

/** Loads a bundle in a fresh Node process (V8 keeps compiled code per process) and reports on it. */
function loadInNewProcess(bundle: URL, warmUp = false): { exports: Record<string, unknown>; fromCache: boolean } {
  const script = `
    import { runCachedBundle, writeCodeCache } from ${JSON.stringify(LOADER)};
    const bundle = new URL(${JSON.stringify(bundle.href)});
    const { exports, script, fromCache } = runCachedBundle(bundle);
    if (${warmUp}) { exports.work(); writeCodeCache(bundle, script); }
    console.log(JSON.stringify({ exports: { ...exports, work: typeof exports.work }, fromCache }));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as never;
}

function writeBundle(body: string, buildId: string): URL {
  const path = join(mkdtempSync(join(tmpdir(), 'hr21-bundle-')), 'bundle.cjs');
  writeFileSync(path, `${body}\n// build: ${buildId}\n`);
  return pathToFileURL(path);
}

const BODY = (value: string) =>
  `exports.value = '${value}'; exports.url = bundleUrl; exports.dir = __dirname; exports.fs = typeof require('node:fs').readFileSync; exports.work = () => [1, 2, 3].map((n) => n * 2);`;

describe('batch: cached bundle', () => {
  it('runs a CommonJS bundle with module, exports, require and its own URL as import.meta.url', () => {
    const bundle = writeBundle(BODY('A'), 'build-1');
    const { exports, fromCache } = loadInNewProcess(bundle);
    expect(exports).toEqual({ value: 'A', url: bundle.href, dir: join(bundle.pathname, '..'), fs: 'function', work: 'function' });
    expect(fromCache).toBe(false);
  });

  it('compiles from the code cache a warm-up run wrote', () => {
    const bundle = writeBundle(BODY('A'), 'build-1');
    expect(loadInNewProcess(bundle, true).fromCache).toBe(false);
    const again = loadInNewProcess(bundle);
    expect(again.fromCache).toBe(true);
    expect(again.exports.value).toBe('A');
  });

  it("never uses another build's cache, even for a bundle of the same length", () => {
    const bundle = writeBundle(BODY('A'), 'build-1');
    loadInNewProcess(bundle, true);
    const rebuilt = readFileSync(bundle, 'utf8').replace("'A'", "'B'").replace('build-1', 'build-2');
    writeFileSync(bundle, rebuilt);
    const { exports, fromCache } = loadInNewProcess(bundle);
    expect(exports.value).toBe('B');
    expect(fromCache).toBe(false);
  });

  it('compiles from source when V8 refuses the cache, as it does one made by another Node', () => {
    const bundle = writeBundle(BODY('A'), 'build-1');
    writeFileSync(codeCachePath(bundle), Buffer.concat([Buffer.from('build-1\n'), Buffer.alloc(4096, 7)]));
    const { exports, fromCache } = loadInNewProcess(bundle);
    expect(exports.value).toBe('A');
    expect(fromCache).toBe(false);
  });

  it("compiles the built pool worker from its cache in every thread with the pool's limits and V8 flags, after a thread collected garbage", () => {
    const inThread = `Promise.all([import(${JSON.stringify(LOADER)}), import('node:worker_threads')]).then(([{ runCachedBundle }, { parentPort }]) => {
      const { fromCache, exports } = runCachedBundle(new URL(${JSON.stringify(dist('batch/worker.bundle.cjs'))}));
      const gc = typeof globalThis.gc;
      if (gc === 'function') globalThis.gc();
      parentPort.postMessage({ fromCache, runJob: typeof exports.runJob, gc });
    });`;
    // A process of its own: a parsing thread's V8 flags are process-wide, and V8 refuses a cache
    // made under other flags, so this fails if the build and the threads disagree on them, or if
    // what a thread does (the OCR stage's full collections) changes them for the next thread.
    const script = `
      import { Worker } from 'node:worker_threads';
      import { applyParserThreadFlags } from ${JSON.stringify(dist('batch/thread-flags.js'))};
      import { threadLimits } from ${JSON.stringify(dist('batch/parser-thread.js'))};
      applyParserThreadFlags();
      const run = () => new Promise((resolve) => {
        const worker = new Worker(${JSON.stringify(inThread)}, { eval: true, resourceLimits: threadLimits(1024) });
        worker.once('message', (reply) => void worker.terminate().then(() => resolve(reply)));
      });
      console.log(JSON.stringify([await run(), await run()]));`;
    const replies = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
    expect(replies).toEqual([
      { fromCache: true, runJob: 'function', gc: 'function' },
      { fromCache: true, runJob: 'function', gc: 'function' },
    ]);
  });
});
