import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { isLoopback, type ServeOptions, serveDefaults } from '../serve/options.js';
import { UsageError } from './usage-error.js';

export const serveHelp = `Usage: hr21 serve [options]

Runs the HTTP API: POST a PDF to /v1/parse and get the JSON that "hr21 parse" writes.
API docs at /docs (OpenAPI 3.1 at /openapi.json). One JSON line per request on stderr.
SIGTERM or SIGINT: stops taking requests, finishes those in flight, exits 0.

Options:
      --host HOST      address to listen on (default: 127.0.0.1); any other than a
                       loopback address needs a token
      --port N         port (default: 8021; 0 picks a free one)
  -j, --jobs N         files parsed at once, shared by all requests (default: one per core)
      --token T        every route but /healthz needs "Authorization: Bearer T"
                       (default: $HR21_TOKEN; at least 16 characters)
      --max-bytes N    largest upload in bytes (default: ${serveDefaults.maxBytes})
      --max-pages N    refuse PDFs with more pages (default: ${serveDefaults.maxPages})
      --memory MB      heap limit per parsing thread (default: ${serveDefaults.memoryMb})
      --timeout S      seconds one file may take (default: ${serveDefaults.timeoutMs / 1000})
      --queue N        requests that may wait for a thread; more get 503 (default: ${serveDefaults.queue})
      --cors ORIGIN    let web pages from ORIGIN call the API (default: no CORS)
  -q, --quiet          no request log
  -h, --help           this help

Examples:
  hr21 serve
  curl -s --data-binary @functieboek.pdf -H 'Content-Type: application/pdf' \\
    'http://127.0.0.1:8021/v1/parse?name=functieboek.pdf'
  HR21_TOKEN=$(openssl rand -hex 32) hr21 serve --host 0.0.0.0 --jobs 4`;

const MIN_TOKEN_LENGTH = 16;

function count(value: string | undefined, name: string, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number < min) throw new UsageError(`--${name} takes a number of at least ${min}, not "${value}"`);
  return number;
}

/** The command line as server options; refuses a setting that would expose the server unprotected. */
export function serveOptionsOf(argv: string[], env: NodeJS.ProcessEnv): ServeOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      token: { type: 'string' },
      'max-bytes': { type: 'string' },
      'max-pages': { type: 'string' },
      memory: { type: 'string' },
      timeout: { type: 'string' },
      queue: { type: 'string' },
      cors: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  const host = values.host ?? serveDefaults.host;
  const token = values.token ?? (env.HR21_TOKEN || undefined);
  if (token !== undefined && token.length < MIN_TOKEN_LENGTH) throw new UsageError(`the token must have at least ${MIN_TOKEN_LENGTH} characters`);
  if (!isLoopback(host) && token === undefined) {
    throw new UsageError(`--host ${host} makes the server reachable from other machines: give it a token (--token or HR21_TOKEN)`);
  }
  return {
    host,
    port: Math.floor(count(values.port, 'port', serveDefaults.port, 0)),
    jobs: Math.floor(count(values.jobs, 'jobs', availableParallelism())),
    ...(token === undefined ? {} : { token }),
    maxBytes: Math.floor(count(values['max-bytes'], 'max-bytes', serveDefaults.maxBytes)),
    maxPages: Math.floor(count(values['max-pages'], 'max-pages', serveDefaults.maxPages)),
    memoryMb: Math.floor(count(values.memory, 'memory', serveDefaults.memoryMb)),
    timeoutMs: count(values.timeout, 'timeout', serveDefaults.timeoutMs / 1000) * 1000,
    queue: Math.floor(count(values.queue, 'queue', serveDefaults.queue, 0)),
    ...(values.cors === undefined ? {} : { cors: values.cors }),
    quiet: values.quiet === true,
  };
}

/** `hr21 serve`: runs until SIGTERM or SIGINT, then drains; returns the exit code. */
export async function serveCommand(argv: string[]): Promise<number> {
  const options = serveOptionsOf(argv, process.env);
  if (options === 'help') {
    process.stdout.write(`${serveHelp}\n`);
    return 0;
  }
  const { buildServer } = await import('../serve/server.js');
  const { app } = await buildServer(options);
  await app.listen({
    host: options.host,
    port: options.port,
    listenTextResolver: (address) => `hr21 serve: listening on ${address} (${options.jobs} parsing threads; API docs at ${address}/docs)`,
  });
  return new Promise<number>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      app.log.info(`hr21 serve: ${signal}: finishing the requests in flight`);
      // A request in flight ends within its parse time limit; one stuck past that is cut off.
      const grace = setTimeout(() => {
        app.log.warn('hr21 serve: requests still open after the grace period: closing them');
        app.server.closeAllConnections();
        resolve(1);
      }, options.timeoutMs + 5000);
      app.close().then(
        () => {
          clearTimeout(grace);
          resolve(0);
        },
        (error: unknown) => {
          clearTimeout(grace);
          app.log.error({ err: error }, 'hr21 serve: closing failed');
          resolve(1);
        },
      );
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
}
