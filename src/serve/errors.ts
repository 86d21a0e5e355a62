import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isHr21Error } from '../errors/hr21-error.js';
import { errorBody, HttpError } from './http-error.js';
import type { RequestOutcome } from './outcome.js';

export interface ErrorsOptions {
  maxBytes: number;
}

/** Fastify's and its plugins' own errors, as the codes clients match on. */
function httpErrorOf(error: FastifyError, maxBytes: number): HttpError | undefined {
  if (error instanceof HttpError) return error;
  if (isHr21Error(error)) return new HttpError(error.code, error.message);
  if (hasZodFastifySchemaValidationErrors(error) || error.validation) return new HttpError('HR21_BAD_REQUEST', error.message);
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
      return new HttpError('HR21_TOO_LARGE', `the upload is larger than the limit of ${maxBytes} bytes (raise it with --max-bytes)`);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new HttpError('HR21_UNSUPPORTED_TYPE', 'send the PDF as the body with Content-Type: application/pdf, or as multipart/form-data field "file"');
    case 'FST_UNDER_PRESSURE':
      return new HttpError('HR21_BUSY', 'the server is overloaded: try again later', 10);
  }
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) return new HttpError('HR21_BAD_REQUEST', error.message);
  return undefined;
}

function send(request: FastifyRequest, reply: FastifyReply, error: HttpError): FastifyReply {
  request.outcome.code = error.code;
  if (error.retryAfter !== undefined) reply.header('retry-after', String(error.retryAfter));
  return reply.code(error.statusCode).send(errorBody(error.code, error.message));
}

/**
 * Every error as `{ error: { code, message } }`, never a stack trace: the server's own errors
 * keep their code, Fastify's are mapped, anything else is HR21_INTERNAL and logged here.
 */
async function errorsPlugin(app: FastifyInstance, options: ErrorsOptions): Promise<void> {
  // Filled in per request by the hook below (a shared object as the default would leak between requests).
  app.decorateRequest('outcome', null as unknown as RequestOutcome);
  app.addHook('onRequest', async (request) => {
    request.outcome = {};
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known = httpErrorOf(error, options.maxBytes);
    if (known) return send(request, reply, known);
    request.log.error({ err: error }, 'internal error');
    return send(request, reply, new HttpError('HR21_INTERNAL', `internal error (request ${request.id})`));
  });
  app.setNotFoundHandler((request, reply) => send(request, reply, new HttpError('HR21_NOT_FOUND', `no route ${request.method} ${request.url.split('?')[0]}`)));
}

export default fp(errorsPlugin, { name: 'hr21-errors' });
