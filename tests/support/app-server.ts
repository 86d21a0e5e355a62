import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { projectRoot } from './cli.js';

export interface OcrRequest {
  method: string;
  url: string;
  contentType: string | undefined;
  bytes: number;
}

export interface StandInServer {
  url: string;
  ocrRequests: OcrRequest[];
  close(): Promise<void>;
}

/**
 * Stands in for `hr21 serve` where a test must see what the page sends: GET / serves
 * dist/app/index.html, GET /healthz answers, and POST /v1/parse answers `ocrAnswer(name)` — what
 * the server's OCR would return — recording each request.
 */
export async function startStandInServer(ocrAnswer: (name: string) => string): Promise<StandInServer> {
  const page = readFileSync(join(projectRoot, 'dist', 'app', 'index.html'));
  const ocrRequests: OcrRequest[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'GET' && url.pathname === '/') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
    } else if (request.method === 'GET' && url.pathname === '/healthz') {
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"status":"ok"}');
    } else if (request.method === 'POST' && url.pathname === '/v1/parse') {
      let bytes = 0;
      request.on('data', (chunk: Buffer) => (bytes += chunk.length));
      request.on('end', () => {
        ocrRequests.push({ method: request.method ?? '', url: url.pathname + url.search, contentType: request.headers['content-type'], bytes });
        response.writeHead(200, { 'Content-Type': 'application/json' }).end(ocrAnswer(url.searchParams.get('name') ?? 'document.pdf'));
      });
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    ocrRequests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
