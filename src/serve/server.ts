import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import cors from '@fastify/cors';
import underPressure from '@fastify/under-pressure';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { createPool, type WorkerPool } from '../batch/pool.js';
import auth from './auth.js';
import docs from './docs.js';
import errors from './errors.js';
import health from './health.js';
import home from './home.js';
import metrics from './metrics.js';
import type { ServeOptions } from './options.js';
import parseRoutes from './parse-routes.js';
import { createParseService } from './parse-service.js';
import uploads from './upload.js';
import diffRoutes from './diff-routes.js';
import requestLog from './request-log.js';

export interface Hr21Server {
  app: FastifyInstance;
  pool: WorkerPool;
}

function packageVersion(): string {
  return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
}

/**
 * The HTTP service: one Fastify plugin per concern, one worker pool for all requests. Keeps no
 * state between requests, so instances behind a load balancer are interchangeable.
 */
export async function buildServer(options: Omit<ServeOptions, 'host' | 'port'>): Promise<Hr21Server> {
  const pool = createPool({ size: options.jobs, timeoutMs: options.timeoutMs, memoryMb: options.memoryMb });
  pool.warm(options.jobs);
  let closing = false;
  const app = Fastify({
    logger: options.quiet ? false : { level: 'info', base: null, stream: process.stderr },
    // Fastify's two lines per request give way to our one (request-log.ts).
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'id' }),
    genReqId: () => randomUUID(),
    bodyLimit: options.maxBytes,
    // Our own 503 while shutting down, in the error format clients know.
    return503OnClosing: false,
    // Receiving a request (headers and body) may take this long: a client that trickles its upload is cut off.
    requestTimeout: 120_000,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onClose', async () => pool.close());

  await app.register(errors, { maxBytes: options.maxBytes });
  await app.register(requestLog);
  await app.register(underPressure, { maxEventLoopDelay: 1000, retryAfter: 10 });
  if (options.cors) await app.register(cors, { origin: options.cors });
  if (options.token) await app.register(auth, { token: options.token });
  await app.register(metrics, { pool });
  await app.register(docs, { version: packageVersion(), token: options.token !== undefined });
  await app.register(health, { pool, closing: () => closing });
  await app.register(home);
  await app.register(uploads, { maxBytes: options.maxBytes });
  const service = createParseService({ pool, jobs: options.jobs, queue: options.queue, maxBytes: options.maxBytes, maxPages: options.maxPages, closing: () => closing });
  await app.register(parseRoutes, { service });
  await app.register(diffRoutes, { service });
  await app.ready();
  return { app, pool };
}
