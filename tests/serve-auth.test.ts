import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hr21 } from './support/cli.js';
import { send, startServer, type TestServer } from './support/http.js';
import { seedPdf } from './support/seed.js';

const TOKEN = 'a-long-test-token-0123456789';
const pdf = { 'content-type': 'application/pdf' };

describe('with a token', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ token: TOKEN });
  });
  afterAll(() => server.close());

  it('every route but /healthz needs Authorization: Bearer <token>', async () => {
    expect((await send(`${server.url}/healthz`)).status).toBe(200);
    for (const path of ['/', '/readyz', '/metrics', '/docs', '/openapi.json', '/v1/schema', '/no-such-route']) {
      const response = await send(`${server.url}${path}`);
      expect(response.status, path).toBe(401);
      expect(response.headers['www-authenticate']).toBe('Bearer realm="hr21"');
      expect(JSON.parse(response.text)).toEqual({ error: { code: 'HR21_UNAUTHORIZED', message: 'this server needs Authorization: Bearer <token>' } });
    }
    expect((await send(`${server.url}/openapi.json`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
  });

  it('refuses a wrong token, or the right one in another scheme, before reading the upload', async () => {
    for (const authorization of [`Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, 'Bearer ', `Basic ${TOKEN}`, TOKEN]) {
      const response = await send(`${server.url}/v1/parse`, { headers: { ...pdf, authorization }, body: seedPdf() });
      expect(response.status, authorization).toBe(401);
    }
    // Over the upload limit, yet 401 rather than 413: the token is checked before the body is read.
    const huge = await send(`${server.url}/v1/parse`, { headers: { ...pdf, authorization: 'Bearer wrong' }, body: new Uint8Array(11 * 1024 * 1024) });
    expect(huge.status).toBe(401);
    const accepted = await send(`${server.url}/v1/parse`, { headers: { ...pdf, authorization: `bearer ${TOKEN}` }, body: seedPdf() });
    expect(accepted.status).toBe(200);
  });

  it('sends no CORS headers unless --cors names an origin', async () => {
    const response = await send(`${server.url}/healthz`, { headers: { origin: 'https://intranet.example' } });
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('with --cors', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ token: TOKEN, cors: 'https://intranet.example' });
  });
  afterAll(() => server.close());

  it('allows that origin, answers its preflight without a token, and still needs the token for the request', async () => {
    const preflight = await send(`${server.url}/v1/parse`, {
      method: 'OPTIONS',
      headers: { origin: 'https://intranet.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://intranet.example');
    const unauthorised = await send(`${server.url}/readyz`, { headers: { origin: 'https://intranet.example' } });
    expect(unauthorised.status).toBe(401);
    const other = await send(`${server.url}/healthz`, { headers: { origin: 'https://elsewhere.example' } });
    expect(other.headers['access-control-allow-origin']).not.toBe('https://elsewhere.example');
  });
});

describe('hr21 serve start-up rules', () => {
  it('refuses to listen beyond loopback without a token, and takes no short token', () => {
    const open = hr21(['serve', '--host', '0.0.0.0']);
    expect(open.status).toBe(2);
    expect(open.stderr).toContain('hr21: --host 0.0.0.0 makes the server reachable from other machines: give it a token (--token or HR21_TOKEN)');
    const short = hr21(['serve', '--host', '0.0.0.0'], { env: { HR21_TOKEN: 'short' } });
    expect(short.status).toBe(2);
    expect(short.stderr).toContain('the token must have at least 16 characters');
  });

  it('prints its help with every option', () => {
    const help = hr21(['serve', '--help']);
    expect(help.status).toBe(0);
    for (const option of ['--host', '--port', '--jobs', '--token', '--max-bytes', '--timeout', '--queue', '--cors', '--quiet']) expect(help.stdout).toContain(option);
    expect(hr21(['--help']).stdout).toMatch(/^ {2}serve +run the HTTP API/m);
  });
});
