import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { diffDocuments, languages, renderDiffHtml, renderDiffJson, renderDiffMarkdown, renderDiffText } from '../diff/index.js';
import type { Hr21Document } from '../schema/document.js';
import { type DocumentDiff, documentDiffSchema } from '../schema/diff.js';
import { documentFromJson } from '../schema/read-document.js';
import { errorResponses } from './http-error.js';
import type { ParseService } from './parse-service.js';
import { readUploads, requireUpload, type Upload } from './upload.js';

export interface DiffRoutesOptions {
  service: ParseService;
}

const diffFormats = {
  json: { type: 'application/json; charset=utf-8', render: (diff: DocumentDiff) => renderDiffJson(diff) },
  md: { type: 'text/markdown; charset=utf-8', render: renderDiffMarkdown },
  html: { type: 'text/html; charset=utf-8', render: renderDiffHtml },
  text: { type: 'text/plain; charset=utf-8', render: (diff: DocumentDiff, options: { language: 'en' | 'nl' }) => renderDiffText(diff, { ...options, color: false }) },
} as const;

const diffQuerySchema = z.object({
  format: z.enum(['json', 'md', 'html', 'text']).default('json').describe('json: the change list (the same as the CLI); md, html or text: a report of it'),
  lang: z.enum(languages).default('en').describe("the report's own words in English or Dutch; HR21's words stay as the documents spell them"),
});

const diffResponse = {
  200: {
    description: 'The change list from the first document to the second, or a report of it',
    content: {
      'application/json': { schema: documentDiffSchema },
      'text/markdown': { schema: z.string() },
      'text/html': { schema: z.string() },
      'text/plain': { schema: z.string() },
    },
  },
  ...errorResponses,
};

/** JSON (an earlier output of this tool) or else a PDF, told apart by the first byte that is not white space. */
function isJson(upload: Upload): boolean {
  return Buffer.from(upload.bytes.subarray(0, 64)).toString('utf8').replace(/^\uFEFF/, '').trimStart().startsWith('{');
}

/** POST /v1/diff and POST /v1/check: documents compared with `diffDocuments`, as `hr21 diff` compares them. */
const diffRoutesPlugin: FastifyPluginAsyncZod<DiffRoutesOptions> = async (app, { service }) => {
  /** A side of the comparison: JSON read back through the schema, a PDF parsed on the pool. */
  const documentOf = async (request: FastifyRequest, reply: FastifyReply, upload: Upload): Promise<Hr21Document> =>
    documentFromJson(isJson(upload) ? Buffer.from(upload.bytes).toString('utf8') : await service.parse(request, reply, upload, 'json'));

  const answer = (reply: FastifyReply, diff: DocumentDiff, query: z.infer<typeof diffQuerySchema>) => {
    const format = diffFormats[query.format];
    return reply.type(format.type).send(format.render(diff, { language: query.lang }));
  };

  app.post(
    '/v1/diff',
    {
      onRequest: service.admit,
      schema: {
        summary: 'What changed between two versions of a document',
        description: 'multipart/form-data with fields `old` and `new`, each a PDF or a JSON output of this tool. Page numbers are not compared.',
        tags: ['compare'],
        querystring: diffQuerySchema,
        response: diffResponse,
      },
    },
    async (request, reply) => {
      const uploads = await readUploads(request, ['old', 'new']);
      // Both sides present before either is parsed: a parse is never left without a reader.
      const sides = [requireUpload(uploads, 'old'), requireUpload(uploads, 'new')];
      const [oldDocument, newDocument] = await Promise.all(sides.map((upload) => documentOf(request, reply, upload))) as [Hr21Document, Hr21Document];
      return answer(reply, diffDocuments(oldDocument, newDocument), request.query);
    },
  );

  app.post(
    '/v1/check',
    {
      onRequest: service.admit,
      schema: {
        summary: 'Check a PDF against its expected JSON',
        description:
          'multipart/form-data with field `file` (the PDF) and `expected` (the JSON it should give). ' +
          'The answer is the change list from the expected document to the parsed one, page numbers included, as `hr21 check` compares: no changes means it matches.',
        tags: ['compare'],
        querystring: diffQuerySchema,
        response: diffResponse,
      },
    },
    async (request, reply) => {
      const uploads = await readUploads(request, ['file', 'expected']);
      const expected = documentFromJson(Buffer.from(requireUpload(uploads, 'expected').bytes).toString('utf8'));
      const parsed = documentFromJson(await service.parse(request, reply, requireUpload(uploads, 'file'), 'json'));
      // As `hr21 check`: both sides come from the same PDF, so page numbers count too.
      return answer(reply, diffDocuments(expected, parsed, { pages: true }), request.query);
    },
  );
};

export default diffRoutesPlugin;
