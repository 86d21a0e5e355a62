import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import { type ErrorParams, Hr21Error } from '../errors/hr21-error.js';
import { latin1 } from './latin1.js';
import { loadPdfJs } from './pdfjs.js';

export interface OpenOptions {
  password?: string;
  /**
   * Folder of the standard fonts pdf.js ships, for pages that are drawn (OCR): without them a
   * non-embedded Times or Helvetica is drawn in a stand-in face at the real face's advances,
   * letters spaced so unevenly that words read as two. Extraction does not draw and needs none.
   */
  standardFontDataUrl?: string;
}

const PDF_HEADER = '%PDF-';
/** The PDF spec lets the header start anywhere in the first 1024 bytes. */
const HEADER_WINDOW = 1024;

function hasPdfHeader(bytes: Uint8Array): boolean {
  return latin1(bytes.subarray(0, HEADER_WINDOW)).includes(PDF_HEADER);
}

type Start = ErrorParams['HR21_NOT_PDF']['start'];

const START_MESSAGES: Record<Start, string> = {
  empty: 'the file is empty',
  zip: 'it is a ZIP archive (or an Office document)',
  markup: 'it looks like HTML or XML',
  other: 'it does not start with %PDF-',
};

function startOf(bytes: Uint8Array): Start {
  if (bytes.byteLength === 0) return 'empty';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'zip';
  if (/^\s*</.test(latin1(bytes.subarray(0, 8)))) return 'markup';
  return 'other';
}

async function load(bytes: Uint8Array, password: string | undefined, standardFontDataUrl: string | undefined): Promise<PDFDocumentProxy> {
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
    ...(standardFontDataUrl === undefined ? {} : { standardFontDataUrl }),
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
    const start = startOf(bytes);
    throw new Hr21Error('HR21_NOT_PDF', `not a PDF: ${START_MESSAGES[start]}`, { params: { start } });
  }
  try {
    return await load(bytes, undefined, options.standardFontDataUrl);
  } catch (error) {
    if (!isPasswordError(error) || error.code !== NEED_PASSWORD || options.password === undefined) throw classifyOpenError(error, undefined);
  }
  try {
    return await load(bytes, options.password, options.standardFontDataUrl);
  } catch (error) {
    throw classifyOpenError(error, options.password);
  }
}

function classifyOpenError(error: unknown, password: string | undefined): Hr21Error {
  const detail = error instanceof Error ? error.message : String(error);
  if (isPasswordError(error)) {
    return password === undefined
      ? new Hr21Error('HR21_ENCRYPTED', 'the PDF is encrypted with a user password: supply it with --password', { cause: error, params: { passwordGiven: false } })
      : new Hr21Error('HR21_ENCRYPTED', 'the PDF is encrypted and the given password is wrong', { cause: error, params: { passwordGiven: true } });
  }
  return new Hr21Error('HR21_DAMAGED', `the PDF is damaged beyond repair (${detail})`, { cause: error, params: { detail } });
}
