/**
 * Just enough of an Adobe Type 1 font program (Type 1 Font Format, Adobe 1990) for pdf.js to parse
 * an embedded FontFile: a cleartext header, then an eexec-encrypted Private dict and CharStrings.
 */

/** One glyph as Type 1 charstring commands; numbers are operands, strings are operators. */
export type Charstring = readonly (number | CharstringOperator)[];
type CharstringOperator = keyof typeof OPERATORS;

const OPERATORS = { hsbw: 13, rmoveto: 21, rlineto: 5, closepath: 9, endchar: 14 } as const;

/** Type 1 number encoding (spec section 6.2): 1, 2 or 5 bytes depending on size. */
function encodeNumber(value: number): number[] {
  if (value >= -107 && value <= 107) return [value + 139];
  if (value >= 108 && value <= 1131) return [((value - 108) >> 8) + 247, (value - 108) & 0xff];
  if (value >= -1131 && value <= -108) return [((-value - 108) >> 8) + 251, (-value - 108) & 0xff];
  return [255, (value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

const EEXEC_KEY = 55665;
const CHARSTRING_KEY = 4330;
/**
 * Random bytes in real fonts. Zeros are fine, and make the first eexec byte 0xD9, which is not a
 * hex digit, so pdf.js reads the encrypted section as binary rather than as hex.
 */
const LEAD_BYTES = [0, 0, 0, 0];

/** The Type 1 encryption (spec section 7.1), shared by eexec and charstrings with different keys. */
function encrypt(plain: readonly number[], key: number): number[] {
  let r = key;
  return plain.map((byte) => {
    const cipher = byte ^ (r >> 8);
    r = ((cipher + r) * 52845 + 22719) & 0xffff;
    return cipher;
  });
}

function encodeCharstring(commands: Charstring): number[] {
  const plain = commands.flatMap((item) => (typeof item === 'number' ? encodeNumber(item) : [OPERATORS[item]]));
  return encrypt([...LEAD_BYTES, ...plain], CHARSTRING_KEY);
}

export interface Type1Program {
  bytes: Uint8Array;
  /** Length1, Length2, Length3 of the FontFile stream: cleartext, encrypted part, trailer. */
  length1: number;
  length2: number;
  length3: number;
}

/**
 * A Type 1 program with the given glyphs under StandardEncoding.
 *
 * It has no /FontMatrix on purpose: pdf.js lets a matrix in the program (always read as numbers)
 * override the one in the PDF font dictionary, and the CVE-2024-4367 payload lives in the latter.
 * The 512-zero trailer is left out (Length3 0), which the PDF spec allows.
 */
export function type1Program(fontName: string, glyphs: Readonly<Record<string, Charstring>>): Type1Program {
  const cleartext = Buffer.from(
    [
      `%!FontType1-1.0: ${fontName} 001.000`,
      `11 dict begin`,
      `/FontName /${fontName} def`,
      `/FontType 1 def`,
      `/PaintType 0 def`,
      `/FontBBox {0 -10 600 710} readonly def`,
      `/Encoding StandardEncoding def`,
      `currentdict end`,
      `currentfile eexec`,
      ``,
    ].join('\n'),
    'latin1',
  );
  const entries = Object.entries(glyphs);
  const parts: number[][] = [];
  const text = (line: string): void => void parts.push([...Buffer.from(line, 'latin1')]);
  text(
    [
      `dup /Private 8 dict dup begin`,
      `/RD {string currentfile exch readstring pop} executeonly def`,
      `/ND {noaccess def} executeonly def`,
      `/NP {noaccess put} executeonly def`,
      `/lenIV ${LEAD_BYTES.length} def`,
      `/password 5839 def`,
      `/MinFeature {16 16} def`,
      `2 index /CharStrings ${entries.length} dict dup begin`,
      ``,
    ].join('\n'),
  );
  for (const [name, commands] of entries) {
    const charstring = encodeCharstring(commands);
    // `/name len RD <binary> ND`: exactly one space separates RD from the binary charstring.
    text(`/${name} ${charstring.length} RD `);
    parts.push(charstring);
    text(' ND\n');
  }
  text(['end', 'end', 'readonly put', 'noaccess put', 'dup /FontName get exch definefont pop', 'mark currentfile closefile', ''].join('\n'));
  const encrypted = Buffer.from(encrypt([...LEAD_BYTES, ...parts.flat()], EEXEC_KEY));
  return {
    bytes: new Uint8Array(Buffer.concat([cleartext, encrypted])),
    length1: cleartext.length,
    length2: encrypted.length,
    length3: 0,
  };
}
