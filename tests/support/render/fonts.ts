import { existsSync, readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { type PDFDocument, PDFName, type PDFFont, StandardFonts } from 'pdf-lib';
import type { PdfStyle } from './styles.js';

/** Embedded TrueType fonts from Debian's fonts-dejavu-core and fonts-liberation; .ci/run installs them, tests skip their styles without them. */
const EMBEDDED = {
  dejavu: { regular: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf', package: 'fonts-dejavu-core' },
  liberation: {
    regular: '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf',
    bold: '/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf',
    package: 'fonts-liberation',
  },
} as const;
export const dejavuAvailable = existsSync(EMBEDDED.dejavu.regular);
export const liberationAvailable = existsSync(EMBEDDED.liberation.regular);

/** Whether the writer can set a style's font on this machine. */
export function fontAvailable(style: Pick<PdfStyle, 'font'>): boolean {
  return style.font === 'dejavu' ? dejavuAvailable : style.font === 'liberation' ? liberationAvailable : true;
}

/** Standard fonts, whose widths pdf-lib measures with kerning that its drawText does not apply. */
const standard = new WeakSet<PDFFont>();

const widths = new WeakMap<PDFFont, Map<string, number>>();

/** One word's advance at 1 pt, measured once: embedded fonts measure through a slow shaping pass. */
function wordWidth(font: PDFFont, word: string): number {
  let cache = widths.get(font);
  if (!cache) widths.set(font, (cache = new Map()));
  let width = cache.get(word);
  if (width === undefined) {
    width = 0;
    if (standard.has(font)) for (const char of word) width += font.widthOfTextAtSize(char, 1);
    else width = font.widthOfTextAtSize(word, 1);
    cache.set(word, width);
  }
  return width;
}

/**
 * The advance the drawn text really takes, so runs placed one after another do not overlap:
 * without the kerning pdf-lib measures standard fonts with but does not draw.
 */
export function textWidth(font: PDFFont, text: string, size: number): number {
  let width = 0;
  for (const [index, word] of text.split(' ').entries()) width += (index > 0 ? wordWidth(font, ' ') : 0) + wordWidth(font, word);
  return width * size;
}

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  /** Sets the U+F0B7 bullet: Symbol's bullet glyph, told to extract as U+F0B7 as Word's does. */
  symbol: PDFFont;
}

export async function loadFonts(pdf: PDFDocument, style: PdfStyle): Promise<Fonts> {
  const embedStandard = async (name: StandardFonts) => {
    const font = await pdf.embedFont(name);
    standard.add(font);
    return font;
  };
  const symbol = await embedStandard(StandardFonts.Symbol);
  if (style.font === 'dejavu' || style.font === 'liberation') {
    const files = EMBEDDED[style.font];
    if (!fontAvailable(style)) throw new Error(`${files.regular} is missing: apt-get install -y ${files.package}`);
    pdf.registerFontkit(fontkit);
    return {
      regular: await pdf.embedFont(readFileSync(files.regular), { subset: true }),
      bold: await pdf.embedFont(readFileSync(files.bold), { subset: true }),
      symbol,
    };
  }
  const [regular, bold] = style.font === 'times' ? [StandardFonts.TimesRoman, StandardFonts.TimesRomanBold] : [StandardFonts.Helvetica, StandardFonts.HelveticaBold];
  return { regular: await embedStandard(regular), bold: await embedStandard(bold), symbol };
}

/** Maps Symbol's bullet code (0xB7) to U+F0B7, the private-use code Word's Symbol bullets extract as. */
export async function mapSymbolBulletToPrivateUse(pdf: PDFDocument, symbol: PDFFont): Promise<void> {
  await symbol.embed();
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CMapName /SymbolBullet def 1 begincodespacerange <00> <FF> endcodespacerange',
    '1 beginbfchar <B7> <F0B7> endbfchar endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const font = pdf.context.lookup(symbol.ref);
  if (font && 'set' in font) (font as { set(key: PDFName, value: unknown): void }).set(PDFName.of('ToUnicode'), pdf.context.register(pdf.context.stream(cmap)));
}
