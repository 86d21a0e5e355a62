/**
 * `npm run loadtest`: starts `hr21 serve --jobs 2` on a free loopback port and uploads the
 * 34-page sample (input/hr21-normfuncties-selectie.pdf) a fixed number of times with 1, 4 and
 * 12 concurrent clients, a fresh server for each level; then once more with 12 clients against
 * a short queue, to show load shedding (503 + Retry-After; a refused client waits that long
 * before its next request, which counts towards the fixed number). Reports throughput
 * (pages/s), latency percentiles, the 503 share, errors and the server's peak RSS (VmHWM), and
 * writes bench/results/loadtest.json. Traffic goes to 127.0.0.1 only; every loop is bounded by
 * its request count and a deadline, so the run stops by itself.
 *
 * Options: --requests N per level (default 48), --jobs N (default 2), --label TEXT.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { requests: { type: 'string' }, jobs: { type: 'string' }, label: { type: 'string' } } });
const requests = Number(values.requests ?? 48);
const jobs = Number(values.jobs ?? 2);
const documentPath = join(root, 'input', 'hr21-normfuncties-selectie.pdf');
const documentBytes = readFileSync(documentPath);
const PAGES = 34;
/** No level may run longer than this, whatever happens. */
const LEVEL_DEADLINE_MS = 10 * 60 * 1000;

interface Level {
  name: string;
  clients: number;
  queue?: number;
}

const levels: Level[] = [
  { name: '1 client', clients: 1 },
  { name: '4 clients', clients: 4 },
  { name: '12 clients', clients: 12 },
  { name: '12 clients, queue 2 (load shedding)', clients: 12, queue: 2 },
];

interface Server {
  url: string;
  child: ChildProcess;
  exited: Promise<number | null>;
}

function startServer(extra: string[]): Promise<Server> {
  const child = spawn(process.execPath, [join(root, 'dist/cli/main.js'), 'serve', '--host', '127.0.0.1', '--port', '0', '--jobs', String(jobs), ...extra], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, HR21_TOKEN: '' },
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  let log = '';
  return new Promise((resolve, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      // The request log is read and dropped: only the listening line matters here.
      if (log.length < 10_000) log += chunk.toString('utf8');
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+) /.exec(log)?.[1];
      if (url) resolve({ url, child, exited });
    });
    void exited.then((code) => reject(new Error(`hr21 serve exited with ${code}: ${log}`)));
  });
}

interface Outcome {
  status: number;
  ms: number;
  /** Seconds the server asked a refused client to wait. */
  retryAfter?: number;
}

function post(url: string, agent: Agent): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request(`${url}/v1/parse?name=hr21-normfuncties-selectie.pdf`, { method: 'POST', agent, headers: { 'content-type': 'application/pdf', 'content-length': documentBytes.byteLength }, timeout: 120_000 }, (response) => {
      response.resume();
      const retryAfter = Number(response.headers['retry-after']);
      response.on('end', () => resolve({ status: response.statusCode ?? 0, ms: performance.now() - started, ...(retryAfter > 0 ? { retryAfter } : {}) }));
      response.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    req.end(documentBytes);
  });
}

async function waitReady(url: string): Promise<void> {
  const end = Date.now() + 60_000;
  while (Date.now() < end) {
    const status = await new Promise<number>((resolve) => {
      request(`${url}/readyz`, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
        .on('error', () => resolve(0))
        .end();
    });
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the server did not become ready in 60 s');
}

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]) / 1024);
}

const percentile = (sorted: number[], p: number) => (sorted.length === 0 ? null : Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number));

async function runLevel(level: Level) {
  const server = await startServer(level.queue === undefined ? [] : ['--queue', String(level.queue)]);
  try {
    await waitReady(server.url);
    const agent = new Agent({ keepAlive: true, maxSockets: level.clients });
    const outcomes: Outcome[] = [];
    let next = 0;
    const deadline = Date.now() + LEVEL_DEADLINE_MS;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: level.clients }, async () => {
        while (next < requests && Date.now() < deadline) {
          next++;
          const outcome = await post(server.url, agent);
          outcomes.push(outcome);
          // A well-behaved client waits as long as a 503 tells it to (at most 10 s here).
          if (outcome.retryAfter) await new Promise((resolve) => setTimeout(resolve, Math.min(10, outcome.retryAfter as number) * 1000));
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    agent.destroy();
    const ok = outcomes.filter((outcome) => outcome.status === 200);
    const busy = outcomes.filter((outcome) => outcome.status === 503).length;
    const latencies = ok.map((outcome) => outcome.ms).sort((a, b) => a - b);
    const result = {
      level: level.name,
      clients: level.clients,
      queue: level.queue ?? 16,
      requests: outcomes.length,
      ok: ok.length,
      busy503: busy,
      busyShare: Math.round((busy / outcomes.length) * 1000) / 1000,
      errors: outcomes.length - ok.length - busy,
      seconds: Math.round(seconds * 100) / 100,
      pagesPerSecond: Math.round(((ok.length * PAGES) / seconds) * 10) / 10,
      latencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), max: percentile(latencies, 100) },
      serverPeakRssMb: peakRssMb(server.child.pid as number),
    };
    console.log(
      `${level.name.padEnd(38)} ${String(result.ok).padStart(3)} ok, ${String(busy).padStart(3)} × 503, ${result.errors} errors in ${result.seconds} s: ` +
        `${result.pagesPerSecond} pages/s, p50 ${result.latencyMs.p50} ms, p95 ${result.latencyMs.p95} ms, p99 ${result.latencyMs.p99} ms, peak RSS ${result.serverPeakRssMb} MB`,
    );
    return result;
  } finally {
    server.child.kill('SIGTERM');
    const code = await server.exited;
    if (code !== 0) console.error(`hr21 serve exited with ${code} after SIGTERM`);
  }
}

const results = [];
for (const level of levels) results.push(await runLevel(level));
const report = {
  label: values.label ?? null,
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, parallelism: availableParallelism(), node: process.version },
  document: { file: 'input/hr21-normfuncties-selectie.pdf', pages: PAGES, bytes: documentBytes.byteLength },
  server: { jobs, requestsPerLevel: requests },
  levels: results,
};
writeFileSync(join(root, 'bench', 'results', 'loadtest.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log('written to bench/results/loadtest.json');
const errors = results.reduce((sum, level) => sum + level.errors, 0);
if (errors > 0) {
  console.error(`${errors} requests failed`);
  process.exitCode = 1;
}
