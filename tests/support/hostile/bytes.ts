/**
 * PDF syntax is bytes, not UTF-8: latin1 maps each byte to one char and back, so regexes and
 * offsets over the string line up with the bytes and binary stream data survives the round trip.
 */
export function toLatin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

export function fromLatin1(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'latin1'));
}
