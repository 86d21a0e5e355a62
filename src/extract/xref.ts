import { latin1 } from './latin1.js';

/**
 * Whether the file's `startxref` points at a cross-reference table or stream.
 * When it does not, pdf.js silently rebuilds the table by scanning the whole file;
 * the user should hear that the file is damaged even though it could be read.
 */
export function hasValidXref(bytes: Uint8Array): boolean {
  const tailStart = Math.max(0, bytes.byteLength - 2048);
  const tail = latin1(bytes.subarray(tailStart));
  const matches = [...tail.matchAll(/startxref\s+(\d+)/g)];
  const last = matches.at(-1);
  if (!last?.[1]) return false;
  const offset = Number(last[1]);
  if (!Number.isSafeInteger(offset) || offset >= bytes.byteLength) return false;
  const at = latin1(bytes.subarray(offset, offset + 32));
  return /^\s*(xref|\d+\s+\d+\s+obj)/.test(at);
}
