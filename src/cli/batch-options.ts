import { availableParallelism } from 'node:os';
import type { OcrMode } from '../extract/types.js';
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
  ocr: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const batchOptionsHelp = `  -j, --jobs N         files parsed in parallel (default: one per core)
      --timeout S      seconds one file may take (default: 60, and 60 more for
                       each page read by OCR; a given value bounds every file)
      --max-pages N    refuse PDFs with more pages (default: 10000)
      --max-bytes N    refuse files larger than N bytes (default: 209715200)
      --memory MB      heap limit per file (default: 1024)
      --password PW    user password for encrypted PDFs
      --lang nl|en     language of the lines about each file (default: HR21_LANG,
                       else LANG when it is Dutch or English, else English)
      --ocr MODE       auto: read pages without a text layer, or whose text
                       layer cannot be decoded, by OCR (default); on: every
                       page; off: never (such files fail with HR21_NO_TEXT)
  -q, --quiet          print only the summary
  -h, --help           this help`;

export interface BatchLimits {
  jobs: number;
  timeoutMs: number;
  /** Time added to a file's limit for each page it reads by OCR: 0 when --timeout was given. */
  ocrPageMs: number;
  ocr: OcrMode;
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

/** Seconds a page read by OCR adds to the default time limit: 3–4 s a page on an idle core, with room for a busy machine. */
const OCR_PAGE_SECONDS = 60;
const OCR_MODES: readonly OcrMode[] = ['auto', 'on', 'off'];

function ocrMode(value: string | undefined): OcrMode {
  if (value === undefined) return 'auto';
  if (!(OCR_MODES as readonly string[]).includes(value)) throw new UsageError(`--ocr takes auto, on or off, not "${value}"`);
  return value as OcrMode;
}

export function batchLimits(values: { [K in keyof typeof batchOptions]?: string | boolean }): BatchLimits {
  const text = (key: keyof typeof batchOptions) => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
  const password = text('password');
  return {
    jobs: Math.floor(positiveNumber(text('jobs'), 'jobs', availableParallelism())),
    timeoutMs: positiveNumber(text('timeout'), 'timeout', 60) * 1000,
    ocrPageMs: text('timeout') === undefined ? OCR_PAGE_SECONDS * 1000 : 0,
    ocr: ocrMode(text('ocr')),
    maxPages: Math.floor(positiveNumber(text('max-pages'), 'max-pages', 10_000)),
    maxBytes: Math.floor(positiveNumber(text('max-bytes'), 'max-bytes', 200 * 1024 * 1024)),
    memoryMb: Math.floor(positiveNumber(text('memory'), 'memory', 1024)),
    ...(password === undefined ? {} : { password }),
  };
}
