import { degrees, PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import type { Hr21Document } from '../../../src/schema/document.js';
import { type Fonts, loadFonts, mapSymbolBulletToPrivateUse, textWidth } from './fonts.js';
import { type LaidOut, layout, type Op, type PageOut } from './layout.js';
import type { Mix, Runs } from './mix.js';
import type { PdfStyle } from './styles.js';

export const COPYRIGHT = 'Niets van deze uitgave mag zonder uitdrukkelijke toestemming van de VNG en/of leverancier worden verveelvoudigd of verspreid.';
const RUNNING_HEADER = 'Gemeente Voorbeeldstad';

/** Splits a line into the runs a producer would emit: the line, its words, or glyph runs. */
function runs(text: string, mode: Runs, font: PDFFont, size: number): { text: string; dx: number }[] {
  if (mode === 'line') return [{ text, dx: 0 }];
  const pieces: string[] = [];
  if (mode === 'word') {
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

/**
 * Draws on a page in the coordinates it is shown in. A rotated page is portrait in PDF space,
 * shown turned a quarter clockwise (/Rotate 90): its content is drawn turned the other way.
 */
class Canvas {
  constructor(
    private readonly page: PDFPage,
    private readonly out: PageOut,
  ) {}

  private place(x: number, y: number): { x: number; y: number } {
    return this.out.rotated ? { x: this.out.size[1] - y, y: x } : { x, y };
  }

  text(text: string, x: number, y: number, size: number, font: PDFFont): void {
    this.page.drawText(text, { ...this.place(x, y), size, font, ...(this.out.rotated ? { rotate: degrees(90) } : {}) });
  }

  dot(x: number, y: number, radius: number): void {
    this.page.drawCircle({ ...this.place(x, y), size: radius, color: rgb(0, 0, 0) });
  }
}

function draw(canvas: Canvas, op: Op, mode: Runs, fonts: Fonts): void {
  if (op.kind === 'dot') {
    canvas.dot(op.x, op.y, op.radius);
    return;
  }
  const font = fonts[op.font];
  for (const run of runs(op.text, mode, font, op.size)) canvas.text(run.text, op.x + run.dx, op.y, op.size, font);
}

function furniture(canvas: Canvas, out: PageOut, number: number, count: number, style: PdfStyle, fonts: Fonts): void {
  const [width, height] = out.size;
  canvas.text(style.runningHeader ?? RUNNING_HEADER, style.margin, height - 40, style.size - 1, fonts.regular);
  const footer = style.pageLabel === 'slash' ? `${number} / ${count}` : `Pagina ${number} van ${count}`;
  canvas.text(footer, (width - textWidth(fonts.regular, footer, style.size - 1)) / 2, 50, style.size - 1, fonts.regular);
  canvas.text(COPYRIGHT, style.margin, 30, 6.5, fonts.regular);
}

export interface Rendered {
  bytes: Uint8Array;
  /** The input with what only rendering knows: page ranges, overview pages, page count. */
  document: Hr21Document;
}

/** One export as a producer writes it; several are appended into one file as a PDF tool does. */
export interface Export {
  document: Hr21Document;
  style: PdfStyle;
  /** Cover and overview before the functions. */
  book?: boolean;
  mix?: Mix;
}

/** The export's content with its pages: `offset` pages precede it in the file; the overview counts from the export's own first page. */
function withPages(document: Hr21Document, laidOut: LaidOut, book: boolean, offset = 0): Hr21Document {
  const shift = ({ van, tot }: { van: number; tot: number }) => ({ van: van + offset, tot: tot + offset });
  const functies = document.functies.map((functie, index) => ({
    ...functie,
    paginas: shift(laidOut.functies[index] as { van: number; tot: number }),
    indicatieveSchaal: book ? functie.indicatieveSchaal : null,
  }));
  const modules = document.modules.map((module, index) => ({ ...module, paginas: shift(laidOut.modules[index] as { van: number; tot: number }) }));
  const starts = [...laidOut.functies, ...laidOut.modules].map((range) => range.van);
  return {
    ...document,
    source: { ...document.source, pageCount: laidOut.pages.length },
    overzicht: book ? document.overzicht.map((rij, index) => ({ ...rij, pagina: starts[index] ?? rij.pagina })) : [],
    functies,
    modules,
  };
}

/**
 * Renders exports the way HR21 exports look, appended into one file. In book mode the overview
 * rows are taken to describe the functions and then the modules, in order, and get their pages.
 */
export async function renderExports(exports: readonly Export[]): Promise<Rendered> {
  if (exports.length === 0) throw new Error('renderExports needs at least one export');
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setProducer('hr21-parse test writer');
  const documents: Hr21Document[] = [];
  for (const part of exports) {
    const book = part.book ?? false;
    const fonts = await loadFonts(pdf, part.style);
    // Lay out twice: the overview prints the page each function starts on, known only after the first pass.
    const first = layout(part.document, part.style, fonts, book, part.mix);
    const laidOut = layout(withPages(part.document, first, book), part.style, fonts, book, part.mix);
    documents.push(withPages(part.document, laidOut, book, pdf.getPageCount()));
    for (const [index, out] of laidOut.pages.entries()) {
      const page = pdf.addPage(out.rotated ? [out.size[1], out.size[0]] : [...out.size]);
      if (out.rotated) page.setRotation(degrees(90));
      const canvas = new Canvas(page, out);
      for (const op of out.ops) draw(canvas, op, out.runs, fonts);
      if (part.style.furniture) furniture(canvas, out, index + 1, laidOut.pages.length, part.style, fonts);
    }
    if (laidOut.usesSymbol) await mapSymbolBulletToPrivateUse(pdf, fonts.symbol);
  }
  const head = documents[0] as Hr21Document;
  return {
    bytes: await pdf.save({ useObjectStreams: false }),
    document: {
      ...head,
      source: { ...head.source, pageCount: pdf.getPageCount() },
      overzicht: documents.flatMap((document) => document.overzicht),
      functies: documents.flatMap((document) => document.functies),
      modules: documents.flatMap((document) => document.modules),
    },
  };
}

/** Renders one export in one style, varied within by `mix` when given. */
export function renderHr21Pdf(document: Hr21Document, style: PdfStyle, options: { book?: boolean; mix?: Mix } = {}): Promise<Rendered> {
  return renderExports([{ document, style, book: options.book ?? false, ...(options.mix ? { mix: options.mix } : {}) }]);
}
