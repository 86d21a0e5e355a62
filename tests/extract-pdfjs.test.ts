import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Loads the built pdf.js loader in a fresh Node process and reports what it left behind. */
function afterLoading(): Record<string, unknown> {
  const script = `
    import { loadPdfJs } from './dist/extract/pdfjs.js';
    const responseBefore = Object.getOwnPropertyDescriptor(globalThis, 'Response');
    const { getDocument } = await loadPdfJs();
    const responseAfter = Object.getOwnPropertyDescriptor(globalThis, 'Response');
    const native = (fn) => /\\[native code\\]/.test(Function.prototype.toString.call(fn));
    const fetchLoaded = process.moduleLoadList.some((name) => name.includes('undici'));
    console.log(JSON.stringify({
      getDocument: typeof getDocument,
      worker: typeof globalThis.pdfjsWorker?.WorkerMessageHandler,
      push: native(Array.prototype.push),
      parse: native(JSON.parse),
      stringify: native(JSON.stringify),
      responseLazyGetterKept: typeof responseBefore.get === 'function' && responseBefore.get === responseAfter.get,
      fetchLoaded,
      responseBytes: typeof Response.prototype.bytes,
    }));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as Record<string, unknown>;
}

describe('extract: loading pdf.js', () => {
  const state = afterLoading();

  it('loads both halves of pdf.js on the calling thread', () => {
    expect(state.getDocument).toBe('function');
    expect(state.worker).toBe('function');
  });

  it('puts back the native Array#push and JSON that the legacy build replaces', () => {
    expect(state).toMatchObject({ push: true, parse: true, stringify: true });
  });

  it("leaves Node's lazy Response global untouched and its fetch implementation unloaded", () => {
    expect(state.responseLazyGetterKept).toBe(true);
    expect(state.fetchLoaded).toBe(false);
    expect(state.responseBytes).toBe('function');
  });
});
