const decoder = new TextDecoder('latin1');

/**
 * Bytes as one character each: how the PDF syntax around its binary parts is read. Portable,
 * unlike Buffer, so the same code runs in the browser.
 */
export function latin1(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}
