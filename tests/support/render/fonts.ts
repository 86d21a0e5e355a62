import { existsSync, readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { type PDFDocument, PDFName, type PDFFont, StandardFonts } from 'pdf-lib';
import type { PdfStyle } from './styles.js';

/** Debian's fonts-dejavu-core; .ci/run installs it, and tests skip the DejaVu styles without it. */
const DEJAVU = '/usr/share/fonts/truetype/dejavu';
export const dejavuAvailable = existsSync(`${DEJAVU}/DejaVuSans.ttf`);

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  /** Sets the U+F0B7 bullet: Symbol's bullet glyph, told to extract as U+F0B7 as Word's does. */
  symbol: PDFFont;
}

export async function loadFonts(pdf: PDFDocument, style: PdfStyle): Promise<Fonts> {
  const symbol = await pdf.embedFont(StandardFonts.Symbol);
  if (style.font === 'dejavu') {
    if (!dejavuAvailable) throw new Error(`${DEJAVU} is missing: apt-get install -y fonts-dejavu-core`);
    pdf.registerFontkit(fontkit);
    return {
      regular: await pdf.embedFont(readFileSync(`${DEJAVU}/DejaVuSans.ttf`), { subset: true }),
      bold: await pdf.embedFont(readFileSync(`${DEJAVU}/DejaVuSans-Bold.ttf`), { subset: true }),
      symbol,
    };
  }
  const [regular, bold] = style.font === 'times' ? [StandardFonts.TimesRoman, StandardFonts.TimesRomanBold] : [StandardFonts.Helvetica, StandardFonts.HelveticaBold];
  return { regular: await pdf.embedFont(regular), bold: await pdf.embedFont(bold), symbol };
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
