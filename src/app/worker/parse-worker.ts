/**
 * The page's Web Worker: the whole pipeline (extract → layout → parse → validate → emit) runs
 * here, off the page's thread, so the page stays responsive while a long PDF is read.
 */
import { codedError, isHr21Error } from '../../errors/hr21-error.js';
import { inspectModel } from '../../inspect/model.js';
import { parsePdfDetailed } from '../../parse-pdf.js';
import type { Hr21Document } from '../../schema/document.js';
import { emitAll } from '../emit-all.js';
import { WORKER_READY, type WorkerReply, type WorkerRequest } from '../protocol.js';

/** The part of a dedicated worker's scope used here: the DOM typings describe a window instead. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(reply: WorkerReply | typeof WORKER_READY): void;
}

const scope = self as unknown as WorkerScope;

/** Limits as the command line's defaults: a page that hangs on one file helps nobody. */
const MAX_PAGES = 10_000;

async function handle(request: WorkerRequest): Promise<WorkerReply> {
  const started = performance.now();
  try {
    if (request.kind === 'emit') {
      return { id: request.id, ok: true, ms: performance.now() - started, inspect: null, ...emitAll(JSON.parse(request.json) as Hr21Document) };
    }
    const outcome = await parsePdfDetailed(new Uint8Array(request.bytes), { fileName: request.name, maxPages: MAX_PAGES });
    const inspect = inspectModel(outcome.document, outcome.layout, outcome.roles, outcome.warnings);
    return { id: request.id, ok: true, ms: performance.now() - started, inspect, ...emitAll(outcome.document, outcome.warnings) };
  } catch (error) {
    if (isHr21Error(error)) return { id: request.id, ok: false, error: codedError(error) };
    const detail = error instanceof Error ? error.message : String(error);
    return { id: request.id, ok: false, error: { code: 'HR21_DAMAGED', message: `the PDF could not be read (${detail})`, params: { detail } } };
  }
}

scope.onmessage = (event) => {
  void handle(event.data).then((reply) => scope.postMessage(reply));
};
scope.postMessage(WORKER_READY);
