import { z } from 'zod';
import { type ErrorCode, errorCodes } from '../errors/hr21-error.js';

/** Why the server refused a request before any file was parsed. Stable: clients match on these. */
export const requestErrorCodes = [
  'HR21_BAD_REQUEST',
  'HR21_UNAUTHORIZED',
  'HR21_NOT_FOUND',
  'HR21_UNSUPPORTED_TYPE',
  'HR21_BUSY',
  /** The client went away before its answer: seen in logs and metrics only. */
  'HR21_CANCELLED',
] as const;

export type RequestErrorCode = (typeof requestErrorCodes)[number];
export type ResponseErrorCode = ErrorCode | RequestErrorCode;

export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z.enum([...errorCodes, ...requestErrorCodes]),
      message: z.string(),
    }),
  })
  .describe('What went wrong: a stable code and a message a person can act on');

export type ErrorResponse = z.infer<typeof errorResponseSchema>;

/** The error answers of a route that parses uploads, for its schema. */
export const errorResponses = Object.fromEntries([400, 401, 413, 415, 422, 500, 503].map((status) => [status, errorResponseSchema]));

/** The status of each file error: the file's fault is 422, a limit 413, ours 500. */
const fileErrorStatus: Record<ErrorCode, number> = {
  HR21_NOT_PDF: 422,
  HR21_DAMAGED: 422,
  HR21_ENCRYPTED: 422,
  HR21_NO_TEXT: 422,
  HR21_NOT_HR21: 422,
  HR21_TIMEOUT: 422,
  HR21_TOO_LARGE: 413,
  HR21_IO: 500,
  HR21_INTERNAL: 500,
};

const requestErrorStatus: Record<RequestErrorCode, number> = {
  HR21_BAD_REQUEST: 400,
  HR21_UNAUTHORIZED: 401,
  HR21_NOT_FOUND: 404,
  HR21_UNSUPPORTED_TYPE: 415,
  HR21_BUSY: 503,
  HR21_CANCELLED: 499,
};

/** An error the server answers as `{ error: { code, message } }` with the code's status. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  readonly statusCode: number;

  constructor(
    readonly code: ResponseErrorCode,
    message: string,
    /** Seconds after which a client may try again (503). */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.statusCode = code in fileErrorStatus ? fileErrorStatus[code as ErrorCode] : requestErrorStatus[code as RequestErrorCode];
  }
}

export function errorBody(code: ResponseErrorCode, message: string): ErrorResponse {
  return { error: { code, message } };
}
