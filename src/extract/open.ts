import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import { Hr21Error } from '../errors/hr21-error.js';
import { loadPdfJs } from './pdfjs.js';

export interface OpenOptions {
  password?: string;
}

const PDF_HEADER = '%PDF-';
/** The PDF spec lets the header start anywhere in the first 1024 bytes. */
const HEADER_WINDOW = 1024;

function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, HEADER_WINDOW));
  return head.includes(PDF_HEADER, 0, 'latin1');
}

function describeStart(bytes: Uint8Array): string {
  if (bytes.byteLength === 0) return 'the file is empty';
  const head = Buffer.from(bytes.subarray(0, 8));
  if (head[0] === 0x50 && head[1] === 0x4b) return 'it is a ZIP archive (or an Office document)';
  if (/^\s*</.test(head.toString('latin1'))) return 'it looks like HTML or XML';
  return 'it does not start with %PDF-';
}

async function load(bytes: Uint8Array, password: string | undefined): Promise<PDFDocumentProxy> {
  const { getDocument } = await loadPdfJs();
  const task = getDocument({
    // A plain copy: pdf.js refuses Buffers and takes ownership of what it is given.
    data: new Uint8Array(bytes),
    password,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    disableAutoFetch: true,
    disableStream: true,
    enableXfa: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw error;
  }
}

/** pdf.js's PasswordException codes. */
const NEED_PASSWORD = 1;

function isPasswordError(error: unknown): error is Error & { code: number } {
  return error instanceof Error && error.name === 'PasswordException';
}

/**
 * Opens a PDF with pdf.js locked down for untrusted input and maps its failures to error codes.
 * The password is offered only when the file asks for one: pdf.js rejects a password given to
 * a PDF that has only an owner password, and a batch mixes both kinds.
 */
export async function openPdf(bytes: Uint8Array, options: OpenOptions = {}): Promise<PDFDocumentProxy> {
  if (!hasPdfHeader(bytes)) {
    throw new Hr21Error('HR21_NOT_PDF', `not a PDF: ${describeStart(bytes)}`);
  }
  try {
    return await load(bytes, undefined);
  } catch (error) {
    if (!isPasswordError(error) || error.code !== NEED_PASSWORD || options.password === undefined) throw classifyOpenError(error, undefined);
  }
  try {
    return await load(bytes, options.password);
  } catch (error) {
    throw classifyOpenError(error, options.password);
  }
}

function classifyOpenError(error: unknown, password: string | undefined): Hr21Error {
  const detail = error instanceof Error ? error.message : String(error);
  if (isPasswordError(error)) {
    return password === undefined
      ? new Hr21Error('HR21_ENCRYPTED', 'the PDF is encrypted with a user password: supply it with --password', { cause: error })
      : new Hr21Error('HR21_ENCRYPTED', 'the PDF is encrypted and the given password is wrong', { cause: error });
  }
  return new Hr21Error('HR21_DAMAGED', `the PDF is damaged beyond repair (${detail})`, { cause: error });
}
