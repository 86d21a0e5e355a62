import { WORKER_READY, type WorkerReply, type WorkerRequest } from '../protocol.js';

/** Requests go to the parsing worker one at a time, so one file's pages do not compete with the next file's. */
export interface ParserClient {
  /** `onStart` is called when the worker takes the file: the files before it are done. */
  parse(name: string, bytes: ArrayBuffer, onStart: () => void): Promise<WorkerReply>;
  emit(json: string): Promise<WorkerReply>;
}

function isReply(data: unknown): data is WorkerReply {
  return typeof data === 'object' && data !== null && typeof (data as { id?: unknown }).id === 'number' && 'ok' in data;
}

/** Starts the worker from the code inlined in the page (a blob URL: works from file:// too). */
export function startParser(code: string, onReady: () => void): ParserClient {
  const bytes = Uint8Array.from(atob(code.trim()), (c) => c.charCodeAt(0));
  const worker = new Worker(URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' })));
  const pending = new Map<number, (reply: WorkerReply) => void>();
  let next = 1;
  let queue: Promise<unknown> = Promise.resolve();
  // pdf.js's worker half also talks on this channel (its "ready"); only our replies carry an id and ok.
  worker.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (event.data === WORKER_READY) onReady();
    if (!isReply(event.data)) return;
    pending.get(event.data.id)?.(event.data);
    pending.delete(event.data.id);
  });
  const send = (request: WorkerRequest, transfer: Transferable[], onStart?: () => void) => {
    const run = () =>
      new Promise<WorkerReply>((resolve) => {
        onStart?.();
        pending.set(request.id, resolve);
        worker.postMessage(request, transfer);
      });
    const result = queue.then(run, run);
    queue = result;
    return result;
  };
  return {
    parse: (name, buffer, onStart) => send({ id: next++, kind: 'parse', name, bytes: buffer }, [buffer], onStart),
    emit: (json) => send({ id: next++, kind: 'emit', json }, []),
  };
}
