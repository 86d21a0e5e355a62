import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import type { Hr21Document } from '../../../src/schema/document.js';
import { type Fonts, loadFonts, mapSymbolBulletToPrivateUse, textWidth } from './fonts.js';
import { type LaidOut, layout, type Op, pageSize } from './layout.js';
import type { PdfStyle } from './styles.js';

export const COPYRIGHT = 'Niets van deze uitgave mag zonder uitdrukkelijke toestemming van de VNG en/of leverancier worden verveelvoudigd of verspreid.';

/** Splits a line into the runs a producer would emit: the line, its words, or glyph runs. */
function runs(text: string, style: PdfStyle, font: PDFFont, size: number): { text: string; dx: number }[] {
  if (style.runs === 'line') return [{ text, dx: 0 }];
  const pieces: string[] = [];
  if (style.runs === 'word') {
    pieces.push(...text.split(/(?<= )/));
  } else {
    // Browsers emit runs of a few glyphs, splitting inside words; lengths cycle 1–4.
    for (let start = 0, length = 1; start < text.length; start += length, length = (length % 4) + 1) pieces.push(text.slice(start, start + length));
  }
  let offset = 0;
  return pieces.map((piece) => {
    const run = { text: piece.trimEnd(), dx: offset };
    offset += textWidth(font, piece, size);
    return run;
  }).filter((run) => run.text !== '');
}

function draw(page: PDFPage, op: Op, style: PdfStyle, fonts: Fonts): void {
  if (op.kind === 'dot') {
    page.drawCircle({ x: op.x, y: op.y, size: op.radius, color: rgb(0, 0, 0) });
    return;
  }
  const font = fonts[op.font];
  for (const run of runs(op.text, style, font, op.size)) page.drawText(run.text, { x: op.x + run.dx, y: op.y, size: op.size, font });
}

function furniture(page: PDFPage, number: number, count: number, style: PdfStyle, fonts: Fonts): void {
  const [width, height] = pageSize(style);
  page.drawText('Gemeente Voorbeeldstad', { x: style.margin, y: height - 40, size: style.size - 1, font: fonts.regular });
  const footer = `Pagina ${number} van ${count}`;
  page.drawText(footer, { x: (width - textWidth(fonts.regular, footer, style.size - 1)) / 2, y: 50, size: style.size - 1, font: fonts.regular });
  page.drawText(COPYRIGHT, { x: style.margin, y: 30, size: 6.5, font: fonts.regular });
}

export interface Rendered {
  bytes: Uint8Array;
  /** The input with what only rendering knows: page ranges, overview pages, page count. */
  document: Hr21Document;
}

function withPages(document: Hr21Document, laidOut: LaidOut, book: boolean): Hr21Document {
  const functies = document.functies.map((functie, index) => ({
    ...functie,
    paginas: laidOut.functies[index] as { van: number; tot: number },
    indicatieveSchaal: book ? functie.indicatieveSchaal : null,
  }));
  const modules = document.modules.map((module, index) => ({ ...module, paginas: laidOut.modules[index] as { van: number; tot: number } }));
  const starts = [...functies.map((functie) => functie.paginas.van), ...modules.map((module) => module.paginas.van)];
  return {
    ...document,
    source: { ...document.source, pageCount: laidOut.pages.length },
    overzicht: book ? document.overzicht.map((rij, index) => ({ ...rij, pagina: starts[index] ?? rij.pagina })) : [],
    functies,
    modules,
  };
}

/**
 * Renders a document the way an HR21 export looks, in the given style. In book mode the overview
 * rows are taken to describe the functions and then the modules, in order, and get their pages.
 */
export async function renderHr21Pdf(document: Hr21Document, style: PdfStyle, options: { book?: boolean } = {}): Promise<Rendered> {
  const book = options.book ?? false;
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setProducer('hr21-parse test writer');
  const fonts = await loadFonts(pdf, style);
  // Lay out twice: the overview prints the page each function starts on, known only after the first pass.
  const first = layout(document, style, fonts, book);
  const expected = withPages(document, first, book);
  const laidOut = layout(expected, style, fonts, book);
  for (const [index, ops] of laidOut.pages.entries()) {
    const page = pdf.addPage([...pageSize(style)]);
    for (const op of ops) draw(page, op, style, fonts);
    if (style.furniture) furniture(page, index + 1, laidOut.pages.length, style, fonts);
  }
  if (style.bullet === '\uF0B7') await mapSymbolBulletToPrivateUse(pdf, fonts.symbol);
  return { bytes: await pdf.save({ useObjectStreams: false }), document: withPages(document, laidOut, book) };
}
