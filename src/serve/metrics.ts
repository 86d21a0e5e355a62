import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { WorkerPool } from '../batch/pool.js';

export interface MetricsOptions {
  pool: WorkerPool;
}

/**
 * GET /metrics in Prometheus' text format: requests by route and status, their duration,
 * pages parsed, errors by code, the queue and the threads. A registry of its own, so two
 * servers in one process (the tests) keep separate counts.
 */
async function metricsPlugin(app: FastifyInstance, options: MetricsOptions): Promise<void> {
  const register = new Registry();
  collectDefaultMetrics({ register });
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({ name: 'hr21_http_requests_total', help: 'HTTP requests by route and status', labelNames, registers: [register] });
  const duration = new Histogram({
    name: 'hr21_http_request_duration_seconds',
    help: 'Time from request to response, upload and queue included',
    labelNames,
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [register],
  });
  const pages = new Counter({ name: 'hr21_pages_parsed_total', help: 'Pages of the documents parsed', registers: [register] });
  const errors = new Counter({ name: 'hr21_errors_total', help: 'Error responses by code', labelNames: ['code'], registers: [register] });
  const stat = (name: string, help: string, read: () => number) =>
    new Gauge({
      name,
      help,
      registers: [register],
      collect() {
        this.set(read());
      },
    });
  stat('hr21_queue_depth', 'Requests waiting for a parsing thread', () => options.pool.stats().waiting);
  stat('hr21_workers_busy', 'Parsing threads at work', () => options.pool.stats().busy);
  stat('hr21_workers', 'Parsing threads the server keeps', () => options.pool.stats().size);

  app.addHook('onResponse', async (request, reply) => {
    // Unknown URLs share one label, so probing cannot blow up the series count.
    const labels = { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) };
    requests.inc(labels);
    duration.observe(labels, reply.elapsedTime / 1000);
    if (request.outcome.pages) pages.inc(request.outcome.pages);
    if (request.outcome.code) errors.inc({ code: request.outcome.code });
  });

  app.get('/metrics', { schema: { hide: true } }, async (_request, reply) => {
    reply.type(register.contentType);
    return register.metrics();
  });
}

export default fp(metricsPlugin, { name: 'hr21-metrics', dependencies: ['hr21-errors'] });
