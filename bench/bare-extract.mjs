/**
 * The floor `hr21 parse` is measured against: pdf.js's getTextContent of every page and nothing
 * else, on N worker threads that take the next file as they free up, as the parser's pool does.
 * pdf.js is loaded and opened by dist/extract, as the parser does (native built-ins put back, the
 * same locked-down options), so the difference is what the pipeline adds; pdf.js itself is the
 * one installed, without the change the parsing threads' bundle makes to it.
 *
 * With --pdfjs MODULE, pdf.js comes from that module instead (it exports loadPdfJs and openPdf):
 * the bench passes one bundled with the parsing threads' changes to pdf.js (bench/floor-pdfjs.ts),
 * so the floor can be measured on the parser's own pdf.js build as well as on pdf.js as installed.
 *
 * Plain JavaScript on purpose: a TypeScript loader in every thread would slow the floor down.
 * Usage: node bench/bare-extract.mjs --jobs N [--pdfjs MODULE] FILE.pdf… → prints {"files":…,"pages":…} on stdout.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

if (isMainThread) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { jobs: { type: 'string' }, pdfjs: { type: 'string' } } });
  const queue = [...positionals];
  let pages = 0;
  let files = 0;
  const threads = Array.from({ length: Math.min(Number(values.jobs ?? 1), queue.length) }, () => new Worker(new URL(import.meta.url), { workerData: { pdfjs: values.pdfjs ? pathToFileURL(values.pdfjs).href : null } }));
  await Promise.all(
    threads.map(
      (worker) =>
        new Promise((resolve, reject) => {
          const next = () => {
            const file = queue.shift();
            if (file === undefined) {
              void worker.terminate().then(resolve);
              return;
            }
            worker.postMessage(file);
          };
          worker.on('message', (reply) => {
            if (!reply.ok) {
              reject(new Error(reply.message));
              return;
            }
            files++;
            pages += reply.pages;
            next();
          });
          worker.on('error', reject);
          next();
        }),
    ),
  );
  process.stdout.write(`${JSON.stringify({ files, pages })}\n`);
} else {
  const { loadPdfJs } = await import(workerData.pdfjs ?? '../dist/extract/pdfjs.js');
  const { openPdf } = await import(workerData.pdfjs ?? '../dist/extract/open.js');
  await loadPdfJs({ ownThread: true });
  parentPort.on('message', async (file) => {
    try {
      const pdf = await openPdf(new Uint8Array(await readFile(file)));
      try {
        for (let number = 1; number <= pdf.numPages; number++) {
          const page = await pdf.getPage(number);
          await page.getTextContent({ includeMarkedContent: false, disableNormalization: true });
          page.cleanup();
        }
        parentPort.postMessage({ ok: true, pages: pdf.numPages });
      } finally {
        await pdf.destroy();
      }
    } catch (error) {
      parentPort.postMessage({ ok: false, message: `${file}: ${error instanceof Error ? error.message : String(error)}` });
    }
  });
}
