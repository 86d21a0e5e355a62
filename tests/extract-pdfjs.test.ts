import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Loads the built pdf.js loader in a fresh Node process and reports what it left behind. */
function afterLoading(options: { ownThread?: boolean }): Record<string, unknown> {
  const script = `
    import { loadPdfJs } from './dist/extract/pdfjs.js';
    const responseBefore = Object.getOwnPropertyDescriptor(globalThis, 'Response');
    const loading = loadPdfJs(${JSON.stringify(options)});
    const responseDuringLoad = Object.getOwnPropertyDescriptor(globalThis, 'Response');
    const { getDocument } = await loading;
    const responseAfter = Object.getOwnPropertyDescriptor(globalThis, 'Response');
    const native = (fn) => /\\[native code\\]/.test(Function.prototype.toString.call(fn));
    console.log(JSON.stringify({
      getDocument: typeof getDocument,
      worker: typeof globalThis.pdfjsWorker?.WorkerMessageHandler,
      push: native(Array.prototype.push),
      parse: native(JSON.parse),
      stringify: native(JSON.stringify),
      realResponseDuringLoad: typeof responseBefore.get === 'function' && responseBefore.get === responseDuringLoad.get,
      lazyResponseKept: typeof responseBefore.get === 'function' && responseBefore.get === responseAfter.get,
      fetchLoaded: process.moduleLoadList.some((name) => name.includes('undici')),
      responseBytes: typeof Response.prototype.bytes,
      decompressionStream: typeof globalThis.DecompressionStream,
    }));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as Record<string, unknown>;
}

/** The sample's extracted pages, as JSON, from a fresh Node process that loaded pdf.js this way. */
function sampleExtractedWith(options: { ownThread?: boolean }): string {
  const script = `
    import { readFileSync } from 'node:fs';
    import { loadPdfJs } from './dist/extract/pdfjs.js';
    import { extractPdf } from './dist/extract/pdf.js';
    await loadPdfJs(${JSON.stringify(options)});
    const extracted = await extractPdf(new Uint8Array(readFileSync('input/hr21-normfuncties-selectie.pdf')));
    console.log(JSON.stringify(extracted.pages));`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

describe('extract: loading pdf.js', () => {
  const shared = afterLoading({});
  const own = afterLoading({ ownThread: true });

  it('loads both halves of pdf.js on the calling thread', () => {
    for (const state of [shared, own]) expect(state).toMatchObject({ getDocument: 'function', worker: 'function' });
  });

  it('puts back the native Array#push and JSON that the legacy build replaces', () => {
    for (const state of [shared, own]) expect(state).toMatchObject({ push: true, parse: true, stringify: true });
  });

  it("on a parser thread of its own, leaves Node's lazy Response untouched and its fetch implementation unloaded", () => {
    expect(own).toMatchObject({ lazyResponseKept: true, fetchLoaded: false, responseBytes: 'function' });
  });

  it('on a thread shared with other code, never stands in for Response, not even while loading', () => {
    expect(shared).toMatchObject({ realResponseDuringLoad: true, responseBytes: 'function' });
  });

  it("on a parser thread of its own, inflates with pdf.js's own decoder, to the same text", () => {
    expect(own).toMatchObject({ decompressionStream: 'undefined' });
    expect(shared).toMatchObject({ decompressionStream: 'function' });
    expect(sampleExtractedWith({ ownThread: true })).toBe(sampleExtractedWith({}));
  });
});
