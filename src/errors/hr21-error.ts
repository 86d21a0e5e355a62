/** Why a file could not be parsed at all. Stable: scripts match on these. */
export const errorCodes = [
  'HR21_NOT_PDF',
  'HR21_DAMAGED',
  'HR21_ENCRYPTED',
  'HR21_NO_TEXT',
  'HR21_NOT_HR21',
  'HR21_TIMEOUT',
  'HR21_TOO_LARGE',
  'HR21_IO',
  'HR21_INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/**
 * What each error says, as values: the message catalogue words them for people. The stable
 * English message (JSON, index.json) is written where the error is raised.
 */
export interface ErrorParams {
  HR21_NOT_PDF: { start: 'empty' | 'zip' | 'markup' | 'other' };
  HR21_DAMAGED: { detail: string };
  HR21_ENCRYPTED: { passwordGiven: boolean };
  /** `ocr`: why OCR did not help — it was off, it read nothing, or it runs elsewhere (the browser). */
  HR21_NO_TEXT: { scanned: boolean; ocr?: 'off' | 'nothing-read' | 'elsewhere' };
  HR21_NOT_HR21: Record<string, never>;
  HR21_TIMEOUT: { seconds: number };
  HR21_TOO_LARGE: { unit: 'pages' | 'bytes'; size: number; limit: number };
  HR21_IO: { pattern: string } | { detail: string } | { unreadable: string };
  HR21_INTERNAL: { detail: string };
}

/** A code with the values behind its message; what crosses threads and reaches the catalogue. */
export type CodedError = { [C in ErrorCode]: { code: C; message: string; params?: ErrorParams[C] } }[ErrorCode];

/** A fatal, per-file failure: a code for scripts and a message a person can act on. */
export class Hr21Error<C extends ErrorCode = ErrorCode> extends Error {
  override readonly name = 'Hr21Error';
  readonly params: ErrorParams[C] | undefined;

  constructor(
    readonly code: C,
    message: string,
    options?: { cause?: unknown; params?: ErrorParams[C] },
  ) {
    super(message, options);
    this.params = options?.params;
  }
}

export function isHr21Error(value: unknown): value is Hr21Error {
  return value instanceof Hr21Error;
}

/** The error as plain data, for posting between threads. */
export function codedError(error: Hr21Error): CodedError {
  return { code: error.code, message: error.message, ...(error.params === undefined ? {} : { params: error.params }) } as CodedError;
}

/** The error again from its data, on the thread that receives it. */
export function fromCodedError(coded: CodedError): Hr21Error {
  return new Hr21Error(coded.code, coded.message, coded.params === undefined ? undefined : { params: coded.params as never });
}
