/** How `hr21 serve` runs: the command line's options, checked. */
export interface ServeOptions {
  host: string;
  port: number;
  /** Parsing threads shared by all requests. */
  jobs: number;
  /** Bearer token every route but /healthz then needs. */
  token?: string;
  /** Largest upload, in bytes. */
  maxBytes: number;
  maxPages: number;
  /** Heap limit per parsing thread. */
  memoryMb: number;
  /** Time one file may take on its thread. */
  timeoutMs: number;
  /** Requests that may wait for a free thread; more get 503. */
  queue: number;
  /** The one origin allowed to call from a browser; none when absent. */
  cors?: string;
  quiet: boolean;
}

export const serveDefaults = {
  host: '127.0.0.1',
  port: 8021,
  maxBytes: 50 * 1024 * 1024,
  maxPages: 10_000,
  memoryMb: 1024,
  timeoutMs: 60_000,
  queue: 16,
} as const;

/** Addresses only this machine can reach: the server may listen there without a token. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
