import type { CodedError } from '../errors/hr21-error.js';
import type { OcrMode } from '../extract/types.js';
import type { Warning } from '../schema/document.js';

export type OutputFormat = 'json' | 'md' | 'csv' | 'sources';

/** One rendered output, returned instead of written: what the HTTP server sends back. */
export type ReplyOutput = 'json' | 'md' | 'functies.csv' | 'taken.csv' | 'sources.json';

/** What the main thread asks a worker to do with one file. */
export interface Job {
  id: number;
  /** The file to read; with `bytes`, only the name recorded in `source.file`. */
  path: string;
  /** The file's content when it is in memory already (an upload): never written to disk. */
  bytes?: Uint8Array;
  /** Output path without extension, inside the output folder. */
  outStem: string;
  formats: OutputFormat[];
  /** Also one JSON per function, in a folder named after the stem. */
  split: boolean;
  csvDelimiter: string;
  /** Send the document back to the main thread (for `check`). */
  returnJson: boolean;
  /** Render this output and send it back as `reply`. */
  reply?: ReplyOutput;
  password?: string;
  maxPages: number;
  maxBytes: number;
  /** Which pages are read by OCR (default auto). */
  ocr?: OcrMode;
  /** Extra threads the worker may start to extract a long PDF's pages: the pool's idle cores. */
  helpers?: number;
  /** Heap limit of each helper thread. */
  memoryMb?: number;
}

export interface JobSuccess {
  id: number;
  ok: true;
  sha256: string;
  pages: number;
  functies: number;
  modules: number;
  /** Pages read by OCR. */
  ocrPages: number;
  warnings: Warning[];
  outputs: string[];
  /** The document as written to <stem>.json, when the job asked for it. */
  json?: string;
  /** The output the job asked for with `reply`. */
  reply?: string;
  timings: Record<string, number>;
}

export type JobFailure = CodedError & {
  id: number;
  ok: false;
  sha256: string | null;
};

/** Sent by a worker before it reads pages by OCR: the pool gives the file more time. */
export interface OcrPlan {
  id: number;
  ocrPages: number;
}

/** A result as the pool hands it out: with the wall time from dispatch to answer. */
export type JobResult = (JobSuccess | JobFailure) & { elapsedMs?: number };

/** A job that writes nothing and sends the document back: for the library and for comparisons. */
export function documentJob(
  id: number,
  path: string,
  limits: { maxPages: number; maxBytes: number; password?: string | undefined; ocr?: OcrMode },
): Job {
  return {
    id,
    path,
    outStem: '',
    formats: [],
    split: false,
    csvDelimiter: ';',
    returnJson: true,
    maxPages: limits.maxPages,
    maxBytes: limits.maxBytes,
    ...(limits.ocr === undefined ? {} : { ocr: limits.ocr }),
    ...(limits.password === undefined ? {} : { password: limits.password }),
  };
}
