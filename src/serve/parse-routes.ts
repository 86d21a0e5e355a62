import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Job, ReplyOutput } from '../batch/job.js';
import type { WorkerPool } from '../batch/pool.js';
import { hr21DocumentSchema } from '../schema/document.js';
import { errorResponseSchema, HttpError } from './http-error.js';
import { formatFromAccept, mediaTypes, parseQuerySchema, replyOutputOf } from './parse-query.js';
import { readUploads, requireUpload, type Upload } from './upload.js';

export interface ParseRoutesOptions {
  pool: WorkerPool;
  jobs: number;
  queue: number;
  maxBytes: number;
  maxPages: number;
  /** Whether the server has begun shutting down: it then takes no new work. */
  closing: () => boolean;
}

const errorResponses = { 400: errorResponseSchema, 401: errorResponseSchema, 413: errorResponseSchema, 415: errorResponseSchema, 422: errorResponseSchema, 500: errorResponseSchema, 503: errorResponseSchema };

/** Routes that parse uploads on the shared pool: admitted while the queue has room, each job with the server's limits. */
const parseRoutesPlugin: FastifyPluginAsyncZod<ParseRoutesOptions> = async (app, options) => {
  let admitted = 0;
  let nextJobId = 0;
  // A moving average of a parse, to tell a refused client when to come back.
  let averageMs = 1000;

  await app.register(multipart, { limits: { fileSize: options.maxBytes, files: 2, fields: 10, parts: 20 }, throwFileSizeLimit: true });
  // The PDF as the body: kept in memory, never written anywhere.
  app.addContentTypeParser(['application/pdf', 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: options.maxBytes }, (_request, body, done) => done(null, body));

  /** Before the upload is read: room for the request, or 503 at once. */
  const admit = async (_request: FastifyRequest, reply: FastifyReply) => {
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
  };

  /** Parses one upload into `output`; a file that cannot be parsed is an HttpError with its HR21 code. */
  const parse = async (request: FastifyRequest, reply: FastifyReply, upload: Upload, name: string | undefined, output: ReplyOutput): Promise<string> => {
    const job: Job = {
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
  };

  app.post(
    '/v1/parse',
    {
      onRequest: admit,
      schema: {
        summary: 'Parse one HR21 PDF',
        description:
          'The PDF as the body (Content-Type: application/pdf) or as multipart/form-data field `file`. ' +
          'The JSON is byte for byte what `hr21 parse` writes for the same file and name.',
        tags: ['parse'],
        querystring: parseQuerySchema,
        response: {
          200: {
            description: 'The document in the format asked for (format=sources: the page and rectangles of every string)',
            content: {
              'application/json': { schema: hr21DocumentSchema },
              'text/markdown': { schema: z.string() },
              'text/csv': { schema: z.string() },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const upload = requireUpload(await readUploads(request, ['file']), 'file');
      const format = request.query.format ?? formatFromAccept(request.headers.accept);
      const body = await parse(request, reply, upload, request.query.name, replyOutputOf(format, request.query.table));
      return reply.type(mediaTypes[format]).send(body);
    },
  );
};

export default parseRoutesPlugin;
