import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { hr21DocumentSchema } from '../schema/document.js';
import { errorResponses } from './http-error.js';
import type { ParseService } from './parse-service.js';
import { formatFromAccept, mediaTypes, parseQuerySchema, replyOutputOf } from './parse-query.js';
import { readUploads, requireUpload } from './upload.js';

export interface ParseRoutesOptions {
  service: ParseService;
}

/** POST /v1/parse: one upload parsed on the shared pool, in the format asked for. */
const parseRoutesPlugin: FastifyPluginAsyncZod<ParseRoutesOptions> = async (app, { service }) => {
  app.post(
    '/v1/parse',
    {
      onRequest: service.admit,
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
      const { format = formatFromAccept(request.headers.accept), table, name, ...parserOptions } = request.query;
      const body = await service.parse(request, reply, upload, replyOutputOf(format, table), name, parserOptions);
      return reply.type(mediaTypes[format]).send(body);
    },
  );
};

export default parseRoutesPlugin;
