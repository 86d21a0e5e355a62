import { crc32 } from 'node:zlib';
import { mulberry32 } from './prng.js';

/** A zero-byte file: what a failed download or an interrupted copy leaves behind. */
export function empty(): Uint8Array {
  return new Uint8Array(0);
}

/** An HTML page saved as .pdf: what a download link returns when a session has expired. */
export function html(): Uint8Array {
  return new TextEncoder().encode(
    '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>Inloggen</title></head>\n' +
      '<body><h1>Uw sessie is verlopen</h1><p>Log opnieuw in om het document te downloaden.</p></body></html>\n',
  );
}

/**
 * A real, minimal ZIP archive (one stored file, no compression) renamed to .pdf: an .docx or a
 * zipped export looks like this. Hand-built so `unzip -t` accepts it; layout per APPNOTE 4.3.
 */
export function zip(): Uint8Array {
  const name = Buffer.from('functiebeschrijving.txt', 'latin1');
  const data = Buffer.from('Dit is geen PDF maar een tekstbestand in een ZIP-archief.\n', 'latin1');
  const crc = crc32(data);

  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0); // local file header signature
  local.writeUInt16LE(10, 4); // version needed: 1.0, enough for "stored"
  local.writeUInt16LE(0, 6); // flags
  local.writeUInt16LE(0, 8); // method 0: stored
  local.writeUInt16LE(0, 10); // mod time
  local.writeUInt16LE(0x21, 12); // mod date 1980-01-01
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18); // compressed size
  local.writeUInt32LE(data.length, 22); // uncompressed size
  local.writeUInt16LE(name.length, 26);
  local.writeUInt16LE(0, 28); // extra field length

  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0); // central directory header signature
  central.writeUInt16LE(20, 4); // version made by
  central.writeUInt16LE(10, 6); // version needed
  central.writeUInt16LE(0, 8);
  central.writeUInt16LE(0, 10);
  central.writeUInt16LE(0, 12);
  central.writeUInt16LE(0x21, 14);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  // Extra length, comment length, disk number, internal and external attributes stay 0.
  central.writeUInt32LE(0, 42); // offset of the local header

  const centralOffset = local.length + name.length + data.length;
  const centralSize = central.length + name.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); // end of central directory signature
  end.writeUInt16LE(1, 8); // entries on this disk
  end.writeUInt16LE(1, 10); // entries in total
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(centralOffset, 16);

  return new Uint8Array(Buffer.concat([local, name, data, central, name, end]));
}

/** Noise of a given length, the same for the same seed. */
export function randomBytes(seed: number, length = 4096): Uint8Array {
  const random = mulberry32(seed);
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = random.int(256);
  return bytes;
}
