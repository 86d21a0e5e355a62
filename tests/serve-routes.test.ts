import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hr21JsonSchema } from '../src/schema/json-schema.js';
import { hr21Async, projectRoot, temporaryFolder } from './support/cli.js';
import { multipart, send, startServer, type TestServer } from './support/http.js';
import { seedPdf, seedPdfPath } from './support/seed.js';

const NAME = 'hr21-normfuncties-selectie.pdf';
let server: TestServer;
let cliOut: string;
const cliOutput = (suffix: string) => readFileSync(join(cliOut, `hr21-normfuncties-selectie.${suffix}`), 'utf8');
const pdf = { 'content-type': 'application/pdf' };

beforeAll(async () => {
  server = await startServer();
  cliOut = temporaryFolder();
  expect((await hr21Async(['parse', seedPdfPath, '--out', cliOut, '--format', 'json,md,csv', '--sources', '--quiet'])).status).toBe(0);
});
afterAll(async () => {
  await server.close();
  expect(server.pool.threads()).toHaveLength(0);
});

describe('POST /v1/parse', () => {
  it('answers a PDF body with the JSON the CLI writes for the same file and name, byte for byte', async () => {
    const response = await send(`${server.url}/v1/parse?name=${NAME}`, { headers: pdf, body: seedPdf() });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.text).toBe(cliOutput('json'));
  });

  it('takes the PDF as multipart field "file", naming it after the uploaded file', async () => {
    const { body, contentType } = multipart({ file: { bytes: seedPdf(), fileName: NAME } });
    const response = await send(`${server.url}/v1/parse`, { headers: { 'content-type': contentType }, body });
    expect(response.status).toBe(200);
    expect(response.text).toBe(cliOutput('json'));
  });

  it('records document.pdf as source.file when the client names nothing, and only the base name of a path', async () => {
    const unnamed = JSON.parse((await send(`${server.url}/v1/parse`, { headers: pdf, body: seedPdf() })).text);
    expect(unnamed.source.file).toBe('document.pdf');
    const pathed = JSON.parse((await send(`${server.url}/v1/parse?name=${encodeURIComponent('../../etc/boek.pdf')}`, { headers: pdf, body: seedPdf() })).text);
    expect(pathed.source.file).toBe('boek.pdf');
  });

  it('gives Markdown, both CSV tables and the sources exactly as the CLI writes them, by ?format= or Accept', async () => {
    const url = `${server.url}/v1/parse?name=${NAME}`;
    const markdown = await send(`${url}&format=md`, { headers: pdf, body: seedPdf() });
    expect(markdown.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(markdown.text).toBe(cliOutput('md'));
    const byAccept = await send(url, { headers: { ...pdf, accept: 'text/html, text/markdown;q=0.9, application/json;q=0.5' }, body: seedPdf() });
    expect(byAccept.text).toBe(cliOutput('md'));
    const functies = await send(`${url}&format=csv`, { headers: pdf, body: seedPdf() });
    expect(functies.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(functies.text).toBe(cliOutput('functies.csv'));
    expect((await send(`${url}&format=csv&table=taken`, { headers: pdf, body: seedPdf() })).text).toBe(cliOutput('taken.csv'));
    expect((await send(`${url}&format=sources`, { headers: pdf, body: seedPdf() })).text).toBe(cliOutput('sources.json'));
  });
});

describe('documentation and schema routes', () => {
  it('GET /v1/schema is the JSON Schema `hr21 schema` prints', async () => {
    const response = await send(`${server.url}/v1/schema`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/schema+json; charset=utf-8');
    expect(response.text).toBe(hr21JsonSchema());
  });

  it('GET /openapi.json is OpenAPI 3.1 generated from the routes’ zod schemas', async () => {
    const spec = JSON.parse((await send(`${server.url}/openapi.json`)).text);
    expect(spec.openapi).toBe('3.1.0');
    const parse = spec.paths['/v1/parse'].post;
    expect(parse.parameters.map((parameter: { name: string }) => parameter.name).sort()).toEqual(['format', 'name', 'ocr', 'table']);
    expect(parse.responses['200'].content['application/json'].schema.properties.functies.type).toBe('array');
    expect(parse.responses['422'].content['application/json'].schema.properties.error.properties.code.enum).toContain('HR21_NOT_HR21');
    expect(Object.keys(spec.paths).sort()).toEqual(['/healthz', '/readyz', '/v1/check', '/v1/diff', '/v1/parse', '/v1/schema']);
  });

  it('GET /docs is Swagger UI served from the package, with no script or style from elsewhere', async () => {
    const page = await send(`${server.url}/docs`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('swagger-ui');
    expect(page.text).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect((await send(`${server.url}/docs/static/swagger-ui-bundle.js`)).status).toBe(200);
  });

  it('GET / serves the web page the package was built with, else a page linking the docs', async () => {
    const response = await send(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    const appPage = join(projectRoot, 'dist', 'app', 'index.html');
    if (existsSync(appPage)) expect(response.text).toBe(readFileSync(appPage, 'utf8'));
    else expect(response.text).toContain('href="docs"');
  });
});

describe('health and metrics', () => {
  it('GET /healthz answers ok and GET /readyz reports the loaded threads', async () => {
    expect(JSON.parse((await send(`${server.url}/healthz`)).text)).toEqual({ status: 'ok' });
    const ready = await send(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.text)).toEqual({ status: 'ready', workers: { size: 1, loaded: 1, busy: 0, waiting: 0 } });
  });

  it('GET /metrics counts requests by route and status, pages parsed and errors by code', async () => {
    await send(`${server.url}/v1/parse`, { headers: pdf, body: '<html></html>' });
    const metrics = (await send(`${server.url}/metrics`)).text;
    expect(metrics).toMatch(/^hr21_http_requests_total\{method="POST",route="\/v1\/parse",status="200"\} \d+$/m);
    expect(metrics).toMatch(/^hr21_http_requests_total\{method="POST",route="\/v1\/parse",status="422"\} 1$/m);
    expect(metrics).toMatch(/^hr21_errors_total\{code="HR21_NOT_PDF"\} 1$/m);
    const pages = Number(/^hr21_pages_parsed_total (\d+)$/m.exec(metrics)?.[1]);
    expect(pages % 34).toBe(0);
    expect(pages).toBeGreaterThanOrEqual(34);
    expect(metrics).toMatch(/^hr21_http_request_duration_seconds_bucket\{le="\+Inf",method="POST",route="\/v1\/parse",status="200"\} \d+$/m);
    expect(metrics).toMatch(/^hr21_queue_depth 0$/m);
    expect(metrics).toMatch(/^hr21_workers 1$/m);
  });
});
