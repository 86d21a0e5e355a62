type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjs: Promise<PdfJs> | undefined;

/**
 * Built-ins that pdf.js's legacy build replaces with core-js polyfills although Node implements
 * them: the JavaScript versions are several times slower, and they would slow every array push
 * and every JSON call in the thread, not only pdf.js's.
 */
const NATIVES: readonly [object, PropertyKey][] = [
  [Array.prototype, 'push'],
  [JSON, 'parse'],
  [JSON, 'stringify'],
];

/**
 * pdf.js reads `Response` on import only to see whether `Response#bytes` needs a polyfill. Node
 * builds that global on first access by loading its whole fetch implementation, about 25 ms per
 * thread, for a parser that never fetches. Node ≥ 20.19 has `bytes`, so a stand-in gives pdf.js
 * the same answer and the lazy global is put back untouched. Only on a thread of our own: other
 * code running while pdf.js loads would find the stand-in instead of the real `Response`.
 */
const RESPONSE_STAND_IN = { prototype: { bytes() {} } };

/**
 * pdf.js inflates small streams (every font's ToUnicode map) through a web `DecompressionStream`
 * when the platform has one. In Node each call builds web streams over zlib: a fixed cost per
 * stream that on text-only pages outweighs inflating a few hundred bytes in pdf.js's own
 * decoder, which it falls back to without one (and on any stream the native route rejects).
 * A parsing thread without it extracts about a tenth faster. Only on a thread of our own.
 */
function dropDecompressionStream(): void {
  delete (globalThis as { DecompressionStream?: unknown }).DecompressionStream;
}

export interface LoadOptions {
  /** The thread runs nothing but the parser (a pool worker), so `Response` may be stood in for. */
  ownThread?: boolean;
}

/** Saves what importing pdf.js may replace and returns the function that puts it all back. */
function guard(ownThread: boolean): () => void {
  const saved = [...NATIVES, ...(ownThread ? [[globalThis, 'Response'] as const] : [])].map(
    ([owner, key]) => [owner, key, Object.getOwnPropertyDescriptor(owner, key)] as const,
  );
  if (ownThread) Object.defineProperty(globalThis, 'Response', { value: RESPONSE_STAND_IN, configurable: true, writable: true });
  return () => {
    for (const [owner, key, descriptor] of saved) {
      if (descriptor) Object.defineProperty(owner, key, descriptor);
      else delete (owner as Record<PropertyKey, unknown>)[key];
    }
  };
}

async function importPdfJs(ownThread: boolean): Promise<PdfJs> {
  if (ownThread) dropDecompressionStream();
  const restore = guard(ownThread);
  try {
    const api = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // The worker half brings its own copy of the polyfills. Loaded here, it registers itself as
    // globalThis.pdfjsWorker, and pdf.js runs it on this thread instead of importing it later.
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return api;
  } finally {
    restore();
  }
}

/** pdf.js is the heaviest import by far: load it only when a PDF is actually opened. The first call decides how. */
export function loadPdfJs(options: LoadOptions = {}): Promise<PdfJs> {
  pdfjs ??= importPdfJs(options.ownThread === true);
  return pdfjs;
}
