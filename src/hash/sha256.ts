import { createHash } from 'node:crypto';

/** The bytes' sha256 in hex. Async so the browser build can answer with WebCrypto (sha256.browser.ts). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return createHash('sha256').update(bytes).digest('hex');
}
