import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Job, ReplyOutput } from '../batch/job.js';
import type { WorkerPool } from '../batch/pool.js';
import { HttpError } from './http-error.js';
import type { Upload } from './upload.js';

export interface ParseServiceOptions {
  pool: WorkerPool;
  jobs: number;
  queue: number;
  maxBytes: number;
  maxPages: number;
  /** Whether the server has begun shutting down: it then takes no new work. */
  closing: () => boolean;
}

/** What the routes that parse uploads share: admission to the pool, and parsing one upload on it. */
export interface ParseService {
  /** An onRequest hook: room for the request, or 503 at once, before its upload is read. */
  admit(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  /**
   * Parses one upload into `output`; a file that cannot be parsed is an HttpError with its HR21
   * code. `parserOptions` go into the job as they are (the query's `?ocr=`); the
   * server's limits always win.
   */
  parse(request: FastifyRequest, reply: FastifyReply, upload: Upload, output: ReplyOutput, name?: string, parserOptions?: Partial<Job>): Promise<string>;
}

export function createParseService(options: ParseServiceOptions): ParseService {
  let admitted = 0;
  let nextJobId = 0;
  // A moving average of a parse, to tell a refused client when to come back.
  let averageMs = 1000;

  return {
    async admit(_request, reply) {
      if (options.closing()) {
        reply.header('connection', 'close');
        throw new HttpError('HR21_BUSY', 'the server is shutting down', 5);
      }
      if (admitted >= options.jobs + options.queue) {
        const retryAfter = Math.max(1, Math.ceil(((admitted - options.jobs + 1) * averageMs) / options.jobs / 1000));
        throw new HttpError('HR21_BUSY', `all ${options.jobs} parsing threads are busy and ${options.queue} requests wait: try again in ${retryAfter} s`, retryAfter);
      }
      admitted++;
      reply.raw.once('close', () => admitted--);
    },

    async parse(request, reply, upload, output, name, parserOptions = {}) {
      const job: Job = {
        ...parserOptions,
        id: nextJobId++,
        // Only the name is used, as `source.file`, exactly as the CLI records a file's base name.
        path: name ?? upload.fileName ?? 'document.pdf',
        bytes: upload.bytes,
        outStem: '',
        formats: [],
        split: false,
        csvDelimiter: ';',
        returnJson: false,
        reply: output,
        maxPages: options.maxPages,
        maxBytes: options.maxBytes,
      };
      // A client that hangs up while its file waits gives up its place in the queue.
      const cancel = new AbortController();
      const hungUp = () => {
        if (!reply.raw.writableFinished) cancel.abort(new HttpError('HR21_CANCELLED', 'the client closed the connection'));
      };
      reply.raw.once('close', hungUp);
      try {
        const result = await options.pool.run(job, { signal: cancel.signal });
        if (result.elapsedMs !== undefined) averageMs = averageMs * 0.8 + result.elapsedMs * 0.2;
        if (!result.ok) throw new HttpError(result.code, result.message);
        if (result.reply === undefined) throw new Error(`the worker sent no ${output}`);
        request.outcome.pages = (request.outcome.pages ?? 0) + result.pages;
        return result.reply;
      } finally {
        reply.raw.off('close', hungUp);
      }
    },
  };
}
