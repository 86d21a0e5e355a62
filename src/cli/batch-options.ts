import { availableParallelism } from 'node:os';
import { UsageError } from './usage-error.js';

/** Options every command that parses PDFs takes. */
export const batchOptions = {
  jobs: { type: 'string', short: 'j' },
  timeout: { type: 'string' },
  'max-pages': { type: 'string' },
  'max-bytes': { type: 'string' },
  memory: { type: 'string' },
  password: { type: 'string' },
  lang: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const batchOptionsHelp = `  -j, --jobs N         files parsed in parallel (default: one per core)
      --timeout S      seconds one file may take (default: 60)
      --max-pages N    refuse PDFs with more pages (default: 10000)
      --max-bytes N    refuse files larger than N bytes (default: 209715200)
      --memory MB      heap limit per file (default: 1024)
      --password PW    user password for encrypted PDFs
      --lang nl|en     language of the lines about each file (default: HR21_LANG,
                       else LANG when it is Dutch or English, else English)
  -q, --quiet          print only the summary
  -h, --help           this help`;

export interface BatchLimits {
  jobs: number;
  timeoutMs: number;
  maxPages: number;
  maxBytes: number;
  memoryMb: number;
  password?: string;
}

function positiveNumber(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new UsageError(`--${name} takes a positive number, not "${value}"`);
  return number;
}

export function batchLimits(values: { [K in keyof typeof batchOptions]?: string | boolean }): BatchLimits {
  const text = (key: keyof typeof batchOptions) => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
  const password = text('password');
  return {
    jobs: Math.floor(positiveNumber(text('jobs'), 'jobs', availableParallelism())),
    timeoutMs: positiveNumber(text('timeout'), 'timeout', 60) * 1000,
    maxPages: Math.floor(positiveNumber(text('max-pages'), 'max-pages', 10_000)),
    maxBytes: Math.floor(positiveNumber(text('max-bytes'), 'max-bytes', 200 * 1024 * 1024)),
    memoryMb: Math.floor(positiveNumber(text('memory'), 'memory', 1024)),
    ...(password === undefined ? {} : { password }),
  };
}
