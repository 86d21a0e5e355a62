import type { ErrorCode } from '../errors/hr21-error.js';
import type { OcrMode } from '../extract/types.js';
import type { Warning } from '../schema/document.js';

export type OutputFormat = 'json' | 'md' | 'csv' | 'sources';

/** What the main thread asks a worker to do with one file. */
export interface Job {
  id: number;
  path: string;
  /** Output path without extension, inside the output folder. */
  outStem: string;
  formats: OutputFormat[];
  /** Also one JSON per function, in a folder named after the stem. */
  split: boolean;
  csvDelimiter: string;
  /** Send the document back to the main thread (for `check`). */
  returnJson: boolean;
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
  timings: Record<string, number>;
}

export interface JobFailure {
  id: number;
  ok: false;
  code: ErrorCode;
  message: string;
  sha256: string | null;
}

/** Sent by a worker before it reads pages by OCR: the pool gives the file more time. */
export interface OcrPlan {
  id: number;
  ocrPages: number;
}

/** A result as the pool hands it out: with the wall time from dispatch to answer. */
export type JobResult = (JobSuccess | JobFailure) & { elapsedMs?: number };
