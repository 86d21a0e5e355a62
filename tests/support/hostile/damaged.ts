import { fromLatin1, toLatin1 } from './bytes.js';

/** The first `fraction` (0..1) of the file: an interrupted download or a full disk. */
export function truncated(pdfBytes: Uint8Array, fraction: number): Uint8Array {
  if (!(fraction >= 0 && fraction <= 1)) throw new RangeError(`fraction must be in [0, 1], got ${fraction}`);
  return pdfBytes.slice(0, Math.floor(pdfBytes.byteLength * fraction));
}

const XREF_ENTRY_IN_USE = /\d{10} (\d{5}) n/g;
const STARTXREF = /startxref\s+\d+/g;

/**
 * Every offset in the last classic xref table replaced by garbage and startxref pointing into the
 * middle of the file, as when a tool rewrote the body but not the index. The objects themselves
 * are intact, so a reader that rebuilds the index by scanning for `N G obj` (pdf.js does) recovers.
 */
export function brokenXrefRecoverable(pdfBytes: Uint8Array): Uint8Array {
  const text = toLatin1(pdfBytes);
  const startxref = text.lastIndexOf('startxref');
  const xref = text.lastIndexOf('xref', startxref - 1);
  if (startxref < 0 || xref < 0 || !/^xref\s/.test(text.slice(xref, xref + 5))) {
    throw new Error('brokenXrefRecoverable needs a PDF with a classic xref table (not an xref stream)');
  }
  const table = text.slice(xref, startxref).replace(XREF_ENTRY_IN_USE, (_entry, generation: string) => `garbage!!! ${generation} n`);
  // Half-way into the file lands inside some object or stream, never on an xref section.
  const tail = text.slice(startxref).replace(STARTXREF, `startxref\n${Math.floor(text.length / 2)}`);
  return fromLatin1(text.slice(0, xref) + table + tail);
}

const INDIRECT_OBJECT = /(\d+\s+\d+\s+obj\b)([\s\S]*?)(\bendobj\b)/g;

/**
 * Header, xref table and trailer kept, but the body of every indirect object (dicts and stream
 * data alike) blanked to spaces, byte for byte so the offsets still point at `N G obj`. Nothing is
 * left to rebuild the catalog or the page tree from, however hard a reader tries.
 */
export function brokenBeyondRepair(pdfBytes: Uint8Array): Uint8Array {
  const text = toLatin1(pdfBytes);
  let blanked = 0;
  const result = text.replace(INDIRECT_OBJECT, (_object, head: string, body: string, end: string) => {
    blanked++;
    return head + ' '.repeat(body.length) + end;
  });
  if (blanked === 0) throw new Error('brokenBeyondRepair found no `N G obj ... endobj` to destroy');
  return fromLatin1(result);
}
