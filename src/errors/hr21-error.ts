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

/** A fatal, per-file failure: a code for scripts and a message a person can act on. */
export class Hr21Error extends Error {
  override readonly name = 'Hr21Error';

  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isHr21Error(value: unknown): value is Hr21Error {
  return value instanceof Hr21Error;
}
