import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildServer, type Hr21Server } from '../../dist/serve/server.js';
import type { ServeOptions } from '../../dist/serve/options.js';

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  text: string;
}

/** One request over a fresh connection (no keep-alive pool, so nothing lingers after a test). */
export function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: Uint8Array | string } = {}): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: options.method ?? (options.body === undefined ? 'GET' : 'POST'), headers: options.headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body, text: body.toString('utf8') });
      });
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(options.body);
  });
}

/** A multipart/form-data body with one file per field. */
export function multipart(files: Record<string, { bytes: Uint8Array | string; fileName: string; type?: string }>): { body: Buffer; contentType: string } {
  const boundary = `hr21-test-${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [field, file] of Object.entries(files)) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${file.fileName}"\r\nContent-Type: ${file.type ?? 'application/pdf'}\r\n\r\n`),
      Buffer.from(file.bytes),
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

export interface TestServer extends Hr21Server {
  url: string;
  close(): Promise<void>;
}

export const testServeOptions: Omit<ServeOptions, 'host' | 'port'> = {
  jobs: 1,
  maxBytes: 10 * 1024 * 1024,
  maxPages: 1000,
  memoryMb: 512,
  timeoutMs: 60_000,
  queue: 4,
  quiet: true,
};

/** The server in this process, listening on a free loopback port, its threads loaded. */
export async function startServer(options: Partial<Omit<ServeOptions, 'host' | 'port'>> = {}): Promise<TestServer> {
  const server = await buildServer({ ...testServeOptions, ...options });
  await server.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = server.app.server.address() as AddressInfo;
  await waitFor(() => server.pool.stats().loaded === server.pool.stats().size);
  return { ...server, url: `http://127.0.0.1:${port}`, close: () => server.app.close() };
}

export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error('timed out waiting for a condition');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
