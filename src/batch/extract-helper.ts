import { parentPort, workerData } from 'node:worker_threads';
import { extractPdf } from '../extract/index.js';
import type { HelperReply, HelperRequest } from './parallel-extract.js';

/** A helper thread: extracts one page range of a long PDF for the worker that parses it. */
const { bytes, range, password } = workerData as HelperRequest;
const reply = (message: HelperReply) => parentPort?.postMessage(message);
extractPdf(bytes, { range: () => range, ...(password === undefined ? {} : { password }) }).then(
  (extracted) => reply({ ok: true, pages: extracted.pages }),
  (error: unknown) => reply({ ok: false, message: error instanceof Error ? error.message : String(error) }),
);
