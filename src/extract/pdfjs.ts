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

async function importPdfJs(): Promise<PdfJs> {
  const natives = NATIVES.map(([owner, key]) => [owner, key, Object.getOwnPropertyDescriptor(owner, key)] as const);
  try {
    const api = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // The worker half brings its own copy of the polyfills. Loaded here, it registers itself as
    // globalThis.pdfjsWorker, and pdf.js runs it on this thread instead of importing it later.
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return api;
  } finally {
    for (const [owner, key, descriptor] of natives) if (descriptor) Object.defineProperty(owner, key, descriptor);
  }
}

/** pdf.js is the heaviest import by far: load it only when a PDF is actually opened. */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= importPdfJs();
  return pdfjs;
}
