import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { z } from 'zod';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { hr21JsonSchema } from '../schema/json-schema.js';

export interface DocsOptions {
  version: string;
  /** Whether the routes need a bearer token: the document then says so. */
  token: boolean;
}

/**
 * The API described from the routes' own zod schemas: GET /openapi.json (OpenAPI 3.1), GET /docs
 * (Swagger UI, its files served from the package: no CDN) and GET /v1/schema (the output's JSON
 * Schema, as `hr21 schema` prints it). Registered before the routes, so it sees them all.
 */
async function docsPlugin(app: FastifyInstance, options: DocsOptions): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'hr21-parse',
        version: options.version,
        description: 'HR21 job-description PDFs to validated JSON, Markdown and CSV. Errors are `{ "error": { "code", "message" } }`.',
      },
      ...(options.token
        ? { components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } }, security: [{ bearer: [] }] }
        : {}),
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  const schema = hr21JsonSchema();
  const schemaRoute = { summary: 'The JSON Schema (draft 2020-12) of the parsed document', tags: ['schema'], response: { 200: z.looseObject({}) } };
  app.get('/v1/schema', { schema: schemaRoute }, async (_request, reply) => reply.type('application/schema+json; charset=utf-8').send(schema));
}

export default fp(docsPlugin, { name: 'hr21-docs' });
