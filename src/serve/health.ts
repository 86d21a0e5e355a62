import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { WorkerPool } from '../batch/pool.js';

export interface HealthOptions {
  pool: WorkerPool;
  /** Whether the server has begun shutting down: it is then no longer ready. */
  closing: () => boolean;
}

const readiness = z.object({
  status: z.enum(['ready', 'starting', 'stopping']),
  workers: z.object({ size: z.number(), loaded: z.number(), busy: z.number(), waiting: z.number() }),
});

/** GET /healthz (the process answers) and GET /readyz (its parsing threads are loaded). */
const healthPlugin: FastifyPluginAsyncZod<HealthOptions> = async (app, options) => {
  app.get(
    '/healthz',
    {
      schema: { summary: 'Alive: the process answers (no token needed)', tags: ['health'], response: { 200: z.object({ status: z.literal('ok') }) } },
      // A liveness probe must not fail because the server sheds load.
      config: { pressureHandler: () => undefined },
    },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/readyz',
    { schema: { summary: 'Ready: every parsing thread has loaded the parser', tags: ['health'], response: { 200: readiness, 503: readiness } } },
    async (_request, reply) => {
      const workers = options.pool.stats();
      const status = options.closing() ? 'stopping' : workers.loaded >= workers.size ? 'ready' : 'starting';
      return reply.code(status === 'ready' ? 200 : 503).send({ status, workers });
    },
  );
};

export default healthPlugin;
