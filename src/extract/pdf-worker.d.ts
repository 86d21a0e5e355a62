/** pdf.js's worker half: imported only for its side effect of registering globalThis.pdfjsWorker. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
