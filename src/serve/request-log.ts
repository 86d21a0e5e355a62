import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** One JSON line per request on the server's log (stderr): id, route, status, ms, pages, code. */
async function requestLogPlugin(app: FastifyInstance): Promise<void> {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
        pages: request.outcome.pages ?? null,
        code: request.outcome.code ?? null,
      },
      'request',
    );
  });
}

export default fp(requestLogPlugin, { name: 'hr21-request-log', dependencies: ['hr21-errors'] });
