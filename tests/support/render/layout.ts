import type { PDFFont } from 'pdf-lib';
import type { Functie, Hr21Document, Module, OverzichtRij } from '../../../src/schema/document.js';
import { type Fonts, textWidth } from './fonts.js';
import type { PdfStyle } from './styles.js';

export type Op =
  | { kind: 'text'; text: string; x: number; y: number; size: number; font: keyof Fonts }
  | { kind: 'dot'; x: number; y: number; radius: number };

export interface LaidOut {
  pages: Op[][];
  /** Physical 1-based start and end page of each function and module, in document order. */
  functies: { van: number; tot: number }[];
  modules: { van: number; tot: number }[];
}

const PAGE_SIZES = { A4: [595.28, 841.89], Letter: [612, 792] } as const;

export function pageSize(style: PdfStyle): readonly [number, number] {
  return PAGE_SIZES[style.page];
}

/** Greedy line breaking with the font's real widths. */
function wrap(text: string, width: number, font: PDFFont, size: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current !== '' && textWidth(font, candidate, size) > width) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

/** Places text top to bottom on pages, starting a page where the next line does not fit. */
class Cursor {
  readonly pages: Op[][] = [];
  private y = 0;
  readonly width: number;
  private readonly top: number;
  private readonly bottom: number;
  readonly leading: number;

  constructor(
    private readonly style: PdfStyle,
    private readonly fonts: Fonts,
  ) {
    const [width, height] = pageSize(style);
    this.width = width;
    this.top = height - 72;
    // Room for the footer and copyright line when the style has them.
    this.bottom = style.furniture ? 80 : 60;
    this.leading = style.size * style.leading;
  }

  get page(): number {
    return this.pages.length;
  }

  get right(): number {
    return this.width - this.style.margin;
  }

  newPage(): void {
    this.pages.push([]);
    this.y = this.top;
  }

  /** Whether `lines` more body lines fit on the current page. */
  fits(lines: number): boolean {
    return this.pages.length > 0 && this.y - this.leading * lines >= this.bottom;
  }

  space(lines: number): void {
    this.y -= this.leading * lines;
  }

  /** Moves to the next baseline, on a new page when it would fall below the bottom margin. */
  advance(size = this.style.size): number {
    if (this.pages.length === 0 || this.y - size * this.style.leading < this.bottom) this.newPage();
    this.y -= size * this.style.leading;
    return this.y;
  }

  text(text: string, x: number, y: number, font: keyof Fonts = 'regular', size = this.style.size): void {
    if (text !== '') this.pages.at(-1)?.push({ kind: 'text', text, x, y, size, font });
  }

  font(kind: keyof Fonts): PDFFont {
    return this.fonts[kind];
  }
}

function heading(cursor: Cursor, style: PdfStyle, text: string): void {
  cursor.space(0.8);
  const font = style.boldHeadings ? 'bold' : 'regular';
  for (const line of wrap(text, cursor.right - style.margin, cursor.font(font), style.size)) cursor.text(line, style.margin, cursor.advance(), font);
  cursor.space(0.4);
}

function paragraph(cursor: Cursor, style: PdfStyle, text: string, x = style.margin): void {
  for (const line of wrap(text, cursor.right - x, cursor.font('regular'), style.size)) cursor.text(line, x, cursor.advance());
}

function bulletItem(cursor: Cursor, style: PdfStyle, text: string): void {
  const bulletX = style.margin + style.bulletIndent;
  const textX = style.margin + style.textIndent;
  wrap(text, cursor.right - textX, cursor.font('regular'), style.size).forEach((line, index) => {
    const y = cursor.advance();
    if (index === 0) {
      if (style.bullet === 'drawn') cursor.pages.at(-1)?.push({ kind: 'dot', x: bulletX + 2, y: y + style.size * 0.3, radius: style.size * 0.17 });
      else cursor.text(style.bullet === '\uF0B7' ? '•' : style.bullet, bulletX, y, style.bullet === '\uF0B7' ? 'symbol' : 'regular');
    }
    cursor.text(line, textX, y);
  });
}

const LABELS = ['Naam functie', 'Code', 'Modulenaam', 'Modulecode'] as const;

function label(cursor: Cursor, style: PdfStyle, name: string, value: string | null): void {
  // The value column clears the widest label, as a table's first column would.
  const widest = Math.max(...LABELS.map((text) => textWidth(cursor.font('regular'), text, style.size)));
  const valueX = style.margin + Math.max(72, widest + style.size);
  if (style.labels === 'colon') {
    paragraph(cursor, style, value === null ? `${name}:` : `${name}: ${value}`);
    return;
  }
  const prefix = style.labels === 'tab-colon' ? ': ' : '';
  const lines = value === null ? [prefix.trim()] : wrap(`${prefix}${value}`, cursor.right - valueX, cursor.font('regular'), style.size);
  lines.forEach((line, index) => {
    const y = cursor.advance();
    if (index === 0) cursor.text(name, style.margin, y);
    cursor.text(line, valueX, y);
  });
  cursor.space(0.5);
}

function title(cursor: Cursor, style: PdfStyle, text: string): void {
  cursor.newPage();
  cursor.text(text, style.margin, cursor.advance(style.titleSize), style.boldHeadings ? 'bold' : 'regular', style.titleSize);
  cursor.space(1);
}

function functie(cursor: Cursor, style: PdfStyle, value: Functie): void {
  title(cursor, style, 'Functiebeschrijving');
  label(cursor, style, 'Naam functie', value.naam);
  label(cursor, style, 'Code', value.code);
  for (const [name, section] of [['Functiereeks', value.functiereeks], ['Functiegroep', value.functiegroep]] as const) {
    if (!section) continue;
    heading(cursor, style, `${name} ${section.naam}:`);
    if (section.omschrijving !== null) paragraph(cursor, style, section.omschrijving);
  }
  heading(cursor, style, 'Overwegende functiekenmerken:');
  for (const kenmerk of value.overwegendeFunctiekenmerken) bulletItem(cursor, style, kenmerk);
  if (value.generiekeTaken) bulletItem(cursor, style, 'Generieke taken');
  for (const gebied of value.resultaatgebieden) {
    heading(cursor, style, `Resultaatgebied ${gebied.nummer}: ${gebied.titel ?? ''}`.trim());
    for (const taak of gebied.taken) bulletItem(cursor, style, taak);
  }
  heading(cursor, style, 'Module');
  for (const name of value.modules) paragraph(cursor, style, name);
}

function module(cursor: Cursor, style: PdfStyle, value: Module): void {
  title(cursor, style, 'Module HR21');
  cursor.space(1);
  label(cursor, style, 'Modulenaam', value.naam);
  label(cursor, style, 'Modulecode', value.code);
  heading(cursor, style, 'Module taken');
  for (const taak of value.taken) {
    const y = cursor.advance();
    cursor.text(`${taak.nummer}.`, style.margin, y);
    cursor.text(taak.titel ?? '', style.margin + style.textIndent / 2, y);
    cursor.space(0.5);
    for (const activiteit of taak.activiteiten) bulletItem(cursor, style, activiteit);
  }
}

/** Default column widths of the overview table at 11 pt; a column widens to fit its longest word, as auto table layout does. */
const COLUMN_WIDTHS = [46, 180, 96, 80] as const;
const HEADER = [['Pagina'], ['Naam', 'functie'], ['Functiegroep'], ['Indicatieve', 'schaal']] as const;

function overzicht(cursor: Cursor, style: PdfStyle, rows: readonly OverzichtRij[]): void {
  cursor.newPage();
  paragraph(cursor, style, 'De voorgenomen geselecteerde normfuncties zijn:');
  cursor.space(1.5);
  const texts = rows.map((rij) => [String(rij.pagina ?? '-'), rij.naam, rij.functiegroep ?? '-', String(rij.indicatieveSchaal ?? '-')]);
  const widths = COLUMN_WIDTHS.map((width, column) => {
    const words = texts.flatMap((cells) => (cells[column] ?? '').split(' '));
    const header = (HEADER[column] ?? []).map((word) => textWidth(cursor.font('bold'), word, style.size));
    const longest = Math.max(...words.map((word) => textWidth(cursor.font('regular'), word, style.size)), ...header);
    return Math.max(width * (style.size / 11), longest + 10);
  });
  const x = (column: number) => style.margin + 5 + widths.slice(0, column).reduce((sum, width) => sum + width, 0);
  const header = () => {
    const y = cursor.advance();
    ['Pagina', 'Naam functie', 'Functiegroep', 'Indicatieve'].forEach((text, column) => cursor.text(text, x(column), y, 'bold'));
    cursor.text('schaal', x(3), cursor.advance(), 'bold');
  };
  header();
  for (const index of rows.keys()) {
    const cells = (texts[index] ?? []).map((text, column) => wrap(text, (widths[column] ?? 80) - 8, cursor.font('regular'), style.size));
    const height = Math.max(...cells.map((lines) => lines.length));
    // A row never splits over a page: it starts the next page, under a repeated header.
    if (!cursor.fits(height)) {
      cursor.newPage();
      header();
    }
    const ys = Array.from({ length: height }, () => cursor.advance());
    cells.forEach((lines, column) => lines.forEach((line, index) => cursor.text(line, x(column), ys[index] as number)));
  }
}

/** Lays out the whole document; in book mode with cover and overview before the functions. */
export function layout(document: Hr21Document, style: PdfStyle, fonts: Fonts, book: boolean): LaidOut {
  const cursor = new Cursor(style, fonts);
  if (book) {
    cursor.newPage();
    cursor.text('HR21 Functiebeschrijvingen', style.margin, cursor.advance(style.titleSize * 1.5), 'bold', style.titleSize * 1.5);
    cursor.space(2);
    cursor.text('Selectie normfuncties', style.margin, cursor.advance());
    overzicht(cursor, style, document.overzicht);
  }
  const range = (write: () => void) => {
    const van = cursor.page + 1;
    write();
    return { van, tot: cursor.page };
  };
  const functies = document.functies.map((value) => range(() => functie(cursor, style, value)));
  const modules = document.modules.map((value) => range(() => module(cursor, style, value)));
  return { pages: cursor.pages, functies, modules };
}
