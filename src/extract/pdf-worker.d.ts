/** pdf.js's worker half: imported only for its side effect of registering globalThis.pdfjsWorker. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
/** The same for the browser build. */
declare module 'pdfjs-dist/build/pdf.worker.mjs';
