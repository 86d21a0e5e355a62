import { afterEach, describe, expect, it } from 'vitest';
import { errorCodes } from '../src/errors/hr21-error.js';
import { requestErrorCodes } from '../src/serve/http-error.js';
import * as hostile from './support/hostile/index.js';
import { type HttpResponse, multipart, send, startServer, type TestServer, waitFor } from './support/http.js';
import { seedPdf } from './support/seed.js';

const pdf = { 'content-type': 'application/pdf' };
const servers: TestServer[] = [];
const serve = async (options: Parameters<typeof startServer>[0] = {}) => {
  const server = await startServer(options);
  servers.push(server);
  return server;
};
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** Every error answer: JSON with a known code and a message, never a stack trace. */
function expectError(response: HttpResponse, status: number, code: string): string {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
  const body = JSON.parse(response.text);
  expect(Object.keys(body)).toEqual(['error']);
  expect(Object.keys(body.error).sort()).toEqual(['code', 'message']);
  expect(body.error.code).toBe(code);
  expect([...errorCodes, ...requestErrorCodes]).toContain(code);
  expect(response.text).not.toMatch(/\bat .+:\d+:\d+|node_modules|\/src\//);
  return body.error.message;
}

describe('errors of POST /v1/parse', () => {
  it('422 with the HR21 code for a file that is not a PDF or not HR21, and the server goes on', async () => {
    const server = await serve();
    expectError(await send(`${server.url}/v1/parse`, { headers: pdf, body: hostile.html() }), 422, 'HR21_NOT_PDF');
    expectError(await send(`${server.url}/v1/parse`, { headers: pdf, body: await hostile.letter() }), 422, 'HR21_NOT_HR21');
    expectError(await send(`${server.url}/v1/parse`, { headers: pdf, body: hostile.truncated(seedPdf(), 0.5) }), 422, 'HR21_DAMAGED');
    expect((await send(`${server.url}/v1/parse`, { headers: pdf, body: seedPdf() })).status).toBe(200);
  });

  it('413 for an upload over --max-bytes, as the body or as a multipart file', async () => {
    const server = await serve({ maxBytes: 50_000 });
    const message = expectError(await send(`${server.url}/v1/parse`, { headers: pdf, body: seedPdf() }), 413, 'HR21_TOO_LARGE');
    expect(message).toBe('the upload is larger than the limit of 50000 bytes (raise it with --max-bytes)');
    const { body, contentType } = multipart({ file: { bytes: seedPdf(), fileName: 'boek.pdf' } });
    expectError(await send(`${server.url}/v1/parse`, { headers: { 'content-type': contentType }, body }), 413, 'HR21_TOO_LARGE');
  });

  it('413 for a PDF with more pages than --max-pages', async () => {
    const server = await serve({ maxPages: 10 });
    expectError(await send(`${server.url}/v1/parse`, { headers: pdf, body: seedPdf() }), 413, 'HR21_TOO_LARGE');
  });

  it('415 for a body that is neither a PDF nor multipart', async () => {
    const server = await serve();
    expectError(await send(`${server.url}/v1/parse`, { headers: { 'content-type': 'text/plain' }, body: 'hello' }), 415, 'HR21_UNSUPPORTED_TYPE');
    expectError(await send(`${server.url}/v1/parse`, { headers: { 'content-type': 'application/json' }, body: '{}' }), 415, 'HR21_UNSUPPORTED_TYPE');
  });

  it('400 for an unknown format, an empty body, or a multipart body without field "file"', async () => {
    const server = await serve();
    expectError(await send(`${server.url}/v1/parse?format=xml`, { headers: pdf, body: seedPdf() }), 400, 'HR21_BAD_REQUEST');
    expectError(await send(`${server.url}/v1/parse`, { headers: pdf, body: '' }), 400, 'HR21_BAD_REQUEST');
    const { body, contentType } = multipart({ document: { bytes: seedPdf(), fileName: 'boek.pdf' } });
    const message = expectError(await send(`${server.url}/v1/parse`, { headers: { 'content-type': contentType }, body }), 400, 'HR21_BAD_REQUEST');
    expect(message).toBe('unexpected file field "document" (expected "file")');
  });

  it('404 in the same format for a route that does not exist', async () => {
    const server = await serve();
    expectError(await send(`${server.url}/v2/parse`, { headers: pdf, body: seedPdf() }), 404, 'HR21_NOT_FOUND');
  });

  it('503 with Retry-After when every thread is busy and the queue is full; the admitted request still succeeds', async () => {
    const server = await serve({ jobs: 1, queue: 0 });
    const first = send(`${server.url}/v1/parse`, { headers: pdf, body: seedPdf() });
    await waitFor(() => server.pool.stats().busy === 1);
    const refused = await send(`${server.url}/v1/parse`, { headers: pdf, body: seedPdf() });
    expectError(refused, 503, 'HR21_BUSY');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect((await first).status).toBe(200);
    expect((await send(`${server.url}/v1/parse`, { headers: pdf, body: seedPdf() })).status).toBe(200);
  });

  it('HR21_TIMEOUT when a file takes longer than --timeout, and its thread is replaced', async () => {
    const server = await serve({ timeoutMs: 5 });
    const [hung] = server.pool.threads();
    const message = expectError(await send(`${server.url}/v1/parse`, { headers: pdf, body: seedPdf() }), 422, 'HR21_TIMEOUT');
    expect(message).toBe('parsing took longer than 0.005 s (raise it with --timeout)');
    expect(server.pool.threads()).toHaveLength(1);
    expect(server.pool.threads()[0]).not.toBe(hung);
  });

  it('a worker killed mid-request costs that request only: 500 HR21_INTERNAL, then the next one is parsed', async () => {
    const server = await serve();
    const response = send(`${server.url}/v1/parse`, { headers: pdf, body: seedPdf() });
    await waitFor(() => server.pool.stats().busy === 1);
    const [victim] = server.pool.threads();
    await victim?.terminate();
    expectError(await response, 500, 'HR21_INTERNAL');
    await waitFor(() => server.pool.stats().loaded === 1);
    expect(server.pool.threads()).toHaveLength(1);
    expect(server.pool.threads()[0]).not.toBe(victim);
    expect((await send(`${server.url}/v1/parse`, { headers: pdf, body: seedPdf() })).status).toBe(200);
  });
});
