import type { CodedError } from '../errors/hr21-error.js';
import type { InspectModel } from '../inspect/model.js';
import type { Root } from 'mdast';
import type { Hr21Document, Warning } from '../schema/document.js';
import type { CodedWarning } from '../warnings/warning-codes.js';

/** What the page asks the parsing worker: parse a PDF, or emit the formats of a document the server parsed. */
export type WorkerRequest = { id: number; kind: 'parse'; name: string; bytes: ArrayBuffer } | { id: number; kind: 'emit'; json: string };

/** A document in every format the command line writes, byte for byte, and what the page shows of it. */
export interface Emitted {
  document: Hr21Document;
  json: string;
  markdown: string;
  functiesCsv: string;
  takenCsv: string;
  /** Each function's part of the Markdown view, in document order. */
  functieTrees: Root[];
  /** With their values when parsed here; as in the JSON when the server parsed the file. */
  warnings: (Warning | CodedWarning)[];
}

/** Sent once the worker's script (pdf.js included) has been compiled and run: it can take a file now. */
export const WORKER_READY = 'hr21-parser-ready';

export type WorkerReply =
  | ({ id: number; ok: true; ms: number; inspect: InspectModel | null } & Emitted)
  | { id: number; ok: false; error: CodedError };
