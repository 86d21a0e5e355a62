import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { HttpError } from './http-error.js';

export interface UploadsOptions {
  maxBytes: number;
}

/** Bodies the server takes: multipart/form-data, or the PDF itself; kept in memory, never written anywhere. */
async function uploadsPlugin(app: FastifyInstance, options: UploadsOptions): Promise<void> {
  await app.register(multipart, { limits: { fileSize: options.maxBytes, files: 2, fields: 10, parts: 20 }, throwFileSizeLimit: true });
  app.addContentTypeParser(['application/pdf', 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: options.maxBytes }, (_request, body, done) => done(null, body));
}

export default fp(uploadsPlugin, { name: 'hr21-uploads' });

/** One file as it came in: its bytes (never written to disk) and the name the client gave it. */
export interface Upload {
  bytes: Uint8Array;
  fileName?: string;
}

/**
 * The uploads of a request, by field name: from a multipart/form-data body (each file field
 * read into memory, within `maxBytes`), or the whole body as the field `file` when the body is
 * the PDF itself.
 */
export async function readUploads(request: FastifyRequest, fields: readonly string[]): Promise<Map<string, Upload>> {
  const uploads = new Map<string, Upload>();
  if (!request.isMultipart()) {
    if (!Buffer.isBuffer(request.body)) throw new HttpError('HR21_UNSUPPORTED_TYPE', 'send the PDF as the body with Content-Type: application/pdf, or as multipart/form-data');
    uploads.set('file', { bytes: request.body });
    return uploads;
  }
  for await (const part of request.parts({ limits: { files: fields.length } })) {
    if (part.type !== 'file') continue;
    if (!fields.includes(part.fieldname) || uploads.has(part.fieldname)) {
      throw new HttpError('HR21_BAD_REQUEST', `unexpected file field "${part.fieldname}" (expected ${fields.map((field) => `"${field}"`).join(', ')})`);
    }
    uploads.set(part.fieldname, { bytes: await part.toBuffer(), ...(part.filename ? { fileName: part.filename } : {}) });
  }
  return uploads;
}

/** The upload in `field`, or a 400 naming what is missing. */
export function requireUpload(uploads: ReadonlyMap<string, Upload>, field: string): Upload {
  const upload = uploads.get(field);
  if (!upload || upload.bytes.byteLength === 0) throw new HttpError('HR21_BAD_REQUEST', `no file in field "${field}"`);
  return upload;
}
