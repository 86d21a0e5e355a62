import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { type AddressInfo, connect, createServer, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { send, startServer, waitFor } from './support/http.js';
import { startServeProcess } from './support/serve-process.js';
import { projectRoot } from './support/cli.js';
import { seedPdf } from './support/seed.js';

const pdf = { 'content-type': 'application/pdf' };
const busyWorkers = async (url: string) => Number(/^hr21_workers_busy (\d+)$/m.exec((await send(`${url}/metrics`)).text)?.[1]);

/** Open TCP handles of this process, by kind: what a leak would leave behind. */
const handles = () => process.getActiveResourcesInfo().filter((kind) => kind === 'TCPSocketWrap' || kind === 'TCPServerWrap').length;

/** Starts a POST announcing `length` bytes and sends the first `sent` of them; the caller hangs up. */
function startUpload(url: string, length: number, sent: number): Promise<Socket> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(`POST /v1/parse HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/pdf\r\nContent-Length: ${length}\r\n\r\n`);
      socket.write(seedPdf().subarray(0, sent), () => resolve(socket));
    });
    socket.on('error', reject);
  });
}

/** A port nothing listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

describe('hr21 serve stopping', () => {
  it('on SIGTERM finishes the request in flight, takes no new connection, and exits 0', async () => {
    const server = await startServeProcess(['--jobs', '1']);
    await waitFor(async () => (await send(`${server.url}/readyz`)).status === 200);
    const inFlight = send(`${server.url}/v1/parse?name=boek.pdf`, { headers: pdf, body: seedPdf() });
    await waitFor(async () => (await busyWorkers(server.url)) === 1);
    server.child.kill('SIGTERM');
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text).source.file).toBe('boek.pdf');
    expect(await server.exited).toBe(0);
    await expect(send(`${server.url}/healthz`)).rejects.toThrow(/ECONNREFUSED/);
    const log = server.stderr();
    expect(log).toContain('SIGTERM: finishing the requests in flight');
    // One JSON line per request: id, route, status, ms, pages, code.
    const parseLine = log.split('\n').find((line) => line.includes('"route":"/v1/parse"'));
    expect(JSON.parse(parseLine ?? '{}')).toMatchObject({ id: expect.any(String), route: '/v1/parse', status: 200, ms: expect.any(Number), pages: 34, code: null });
  });

  it('on SIGINT when idle exits 0, and with --quiet writes nothing at all', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [join(projectRoot, 'dist', 'cli', 'main.js'), 'serve', '--port', String(port), '--jobs', '1', '--quiet'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const url = `http://127.0.0.1:${port}`;
    await waitFor(async () => (await send(`${url}/readyz`).catch(() => ({ status: 0 }))).status === 200);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output).toBe('');
  });
});

describe('nothing leaks', () => {
  it('a client that hangs up mid-upload leaves no socket, no job and no extra thread behind', async () => {
    const server = await startServer({ jobs: 2 });
    const before = handles();
    for (let index = 0; index < 5; index++) (await startUpload(server.url, 82_685, 10_000 * (index + 1))).destroy();
    await waitFor(async () => (await new Promise<number>((resolve) => server.app.server.getConnections((_error, count) => resolve(count)))) === 0);
    await waitFor(() => handles() === before);
    expect(server.pool.stats()).toEqual({ size: 2, loaded: 2, busy: 0, waiting: 0 });
    expect(server.pool.threads()).toHaveLength(2);
    expect((await send(`${server.url}/v1/parse`, { headers: pdf, body: seedPdf() })).status).toBe(200);
    await server.close();
    expect(server.pool.threads()).toHaveLength(0);
    await waitFor(() => handles() === before - 1);
  });

  it('a client that hangs up while its file waits for a thread gives up its place in the queue', async () => {
    const server = await startServer({ jobs: 1, queue: 4 });
    const first = send(`${server.url}/v1/parse`, { headers: pdf, body: seedPdf() });
    await waitFor(() => server.pool.stats().busy === 1);
    const bytes = seedPdf();
    const waiting = await startUpload(server.url, bytes.byteLength, bytes.byteLength);
    await waitFor(() => server.pool.stats().waiting === 1);
    waiting.destroy();
    // The hang-up takes the file out of the queue while the thread is still busy with the first.
    await waitFor(() => server.pool.stats().waiting === 0 && server.pool.stats().busy === 1);
    expect((await first).status).toBe(200);
    await waitFor(() => server.pool.stats().busy === 0);
    await server.close();
  });
});
