import type { ResponseErrorCode } from './http-error.js';

/** What a request came to, for its log line and the metrics: pages parsed, or the error code. */
export interface RequestOutcome {
  pages?: number;
  code?: ResponseErrorCode;
}

declare module 'fastify' {
  interface FastifyRequest {
    outcome: RequestOutcome;
  }
}
