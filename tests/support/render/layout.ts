import type { PDFFont } from 'pdf-lib';
import type { Functie, Hr21Document, Module, OverzichtRij } from '../../../src/schema/document.js';
import { type Fonts, textWidth } from './fonts.js';
import { type Bullet, cycled, type ListKind, type Mix, type Runs } from './mix.js';
import type { PdfStyle } from './styles.js';

export type Op =
  | { kind: 'text'; text: string; x: number; y: number; size: number; font: keyof Fonts }
  | { kind: 'dot'; x: number; y: number; radius: number };

export type Orientation = 'portrait' | 'landscape' | 'rotated';

export interface PageOut {
  ops: Op[];
  /** Width and height as shown: a landscape or rotated page is wider than high. */
  size: readonly [number, number];
  /** A portrait page with /Rotate 90 whose content is turned back so that it reads upright. */
  rotated: boolean;
  runs: Runs;
}

export interface LaidOut {
  pages: PageOut[];
  /** Physical 1-based start and end page of each function and module, in document order, within this export. */
  functies: { van: number; tot: number }[];
  modules: { van: number; tot: number }[];
  /** Some bullet is Word's Symbol U+F0B7. */
  usesSymbol: boolean;
}

const PAGE_SIZES = { A4: [595.28, 841.89], Letter: [612, 792] } as const;

export function pageSize(style: PdfStyle): readonly [number, number] {
  return PAGE_SIZES[style.page];
}

/** Words a hyphen at a line end may stand before only as an elision ("wet- en"): the writer never breaks a word there. */
const CONJUNCTION = /^(?:en|of|als|noch|tot|maar|c\.q\.)(?![\p{L}\p{N}])/iu;

/** Where a word may break: after a hyphen or dash inside it ("ICT-|systemen", "en –|uitvoering"). */
function hyphenBreaks(word: string): number[] {
  const breaks: number[] = [];
  for (let index = 0; index < word.length - 1; index++) {
    if (/[-–]/.test(word.charAt(index)) && !CONJUNCTION.test(word.slice(index + 1))) breaks.push(index + 1);
  }
  return breaks;
}

/** Greedy line breaking with the font's real widths, at spaces and, as word processors do, after hyphens. */
export function wrap(text: string, width: number, font: PDFFont, size: number): string[] {
  const lines: string[] = [];
  let current = '';
  const fits = (candidate: string) => textWidth(font, candidate, size) <= width;
  for (let word of text.split(' ')) {
    for (;;) {
      const candidate = current === '' ? word : `${current} ${word}`;
      if (current === '' || fits(candidate)) {
        current = candidate;
        break;
      }
      const head = hyphenBreaks(word)
        .reverse()
        .find((at) => fits(`${current} ${word.slice(0, at)}`));
      if (head === undefined) {
        lines.push(current);
        current = word;
        break;
      }
      lines.push(`${current} ${word.slice(0, head)}`);
      current = '';
      word = word.slice(head);
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

/** Places text top to bottom on pages, starting a page where the next line does not fit. */
class Cursor {
  readonly pages: PageOut[] = [];
  private y = 0;
  private top = 0;
  private readonly bottom: number;
  readonly leading: number;
  usesSymbol = false;

  constructor(
    readonly style: PdfStyle,
    private readonly fonts: Fonts,
    readonly mix: Mix,
  ) {
    // Room for the footer and copyright line when the style has them.
    this.bottom = style.furniture ? 80 : 60;
    this.leading = style.size * style.leading;
  }

  get page(): number {
    return this.pages.length;
  }

  get width(): number {
    return this.pages.at(-1)?.size[0] ?? pageSize(this.style)[0];
  }

  get right(): number {
    return this.width - this.style.margin;
  }

  newPage(orientation: Orientation = 'portrait'): void {
    const [width, height] = pageSize(this.style);
    const size = orientation === 'portrait' ? ([width, height] as const) : ([height, width] as const);
    const runs = cycled(this.mix.pages, this.pages.length)?.runs ?? this.style.runs;
    this.pages.push({ ops: [], size, rotated: orientation === 'rotated', runs });
    this.top = size[1] - 72;
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
    if (text === '') return;
    if (font === 'symbol') this.usesSymbol = true;
    this.pages.at(-1)?.ops.push({ kind: 'text', text, x, y, size, font });
  }

  dot(x: number, y: number, radius: number): void {
    this.pages.at(-1)?.ops.push({ kind: 'dot', x, y, radius });
  }

  /** The bullet of an item starting on the current page: the page's, else the list's, else the part's. */
  bullet(partBullet: Bullet): Bullet {
    return cycled(this.mix.pages, this.pages.length - 1)?.bullet ?? partBullet;
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

function bulletItem(cursor: Cursor, style: PdfStyle, text: string, listBullet: Bullet): void {
  const bulletX = style.margin + style.bulletIndent;
  const textX = style.margin + style.textIndent;
  wrap(text, cursor.right - textX, cursor.font('regular'), style.size).forEach((line, index) => {
    const y = cursor.advance();
    if (index === 0) {
      const bullet = cursor.bullet(listBullet);
      if (bullet === 'drawn') cursor.dot(bulletX + 2, y + style.size * 0.3, style.size * 0.17);
      else cursor.text(bullet === '\uF0B7' ? '•' : bullet, bulletX, y, bullet === '\uF0B7' ? 'symbol' : 'regular');
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

/** A document's title, on a new page or, run on, under what came before. Returns its page. */
function title(cursor: Cursor, style: PdfStyle, text: string, runOn: boolean): number {
  if (runOn && cursor.fits(8)) cursor.space(2);
  else cursor.newPage();
  cursor.text(text, style.margin, cursor.advance(style.titleSize), style.boldHeadings ? 'bold' : 'regular', style.titleSize);
  cursor.space(1);
  return cursor.page;
}

interface Part {
  index: number;
  runOn: boolean;
  bullet: Bullet;
}

function partOf(cursor: Cursor, index: number, afterNewPage: boolean): Part {
  return {
    index,
    runOn: !afterNewPage && (cycled(cursor.mix.runOn, index) ?? false),
    bullet: cycled(cursor.mix.parts, index) ?? cursor.style.bullet,
  };
}

const listBullet = (cursor: Cursor, part: Part, kind: ListKind): Bullet => cursor.mix.lists?.[kind] ?? part.bullet;

function functie(cursor: Cursor, style: PdfStyle, value: Functie, part: Part): number {
  const van = title(cursor, style, 'Functiebeschrijving', part.runOn);
  label(cursor, style, 'Naam functie', value.naam);
  label(cursor, style, 'Code', value.code);
  for (const [name, section] of [['Functiereeks', value.functiereeks], ['Functiegroep', value.functiegroep]] as const) {
    if (!section) continue;
    heading(cursor, style, `${name} ${section.naam}:`);
    if (section.omschrijving !== null) paragraph(cursor, style, section.omschrijving);
  }
  heading(cursor, style, 'Overwegende functiekenmerken:');
  const kenmerk = listBullet(cursor, part, 'kenmerken');
  for (const text of value.overwegendeFunctiekenmerken) bulletItem(cursor, style, text, kenmerk);
  if (value.generiekeTaken) bulletItem(cursor, style, 'Generieke taken', kenmerk);
  for (const gebied of value.resultaatgebieden) {
    heading(cursor, style, `Resultaatgebied ${gebied.nummer}: ${gebied.titel ?? ''}`.trim());
    for (const taak of gebied.taken) bulletItem(cursor, style, taak, listBullet(cursor, part, 'taken'));
  }
  heading(cursor, style, 'Module');
  for (const name of value.modules) paragraph(cursor, style, name);
  return van;
}

function module(cursor: Cursor, style: PdfStyle, value: Module, part: Part): number {
  const van = title(cursor, style, 'Module HR21', part.runOn);
  cursor.space(1);
  label(cursor, style, 'Modulenaam', value.naam);
  label(cursor, style, 'Modulecode', value.code);
  heading(cursor, style, 'Module taken');
  for (const taak of value.taken) {
    const y = cursor.advance();
    cursor.text(`${taak.nummer}.`, style.margin, y);
    cursor.text(taak.titel ?? '', style.margin + style.textIndent / 2, y);
    cursor.space(0.5);
    for (const activiteit of taak.activiteiten) bulletItem(cursor, style, activiteit, listBullet(cursor, part, 'activiteiten'));
  }
  return van;
}

/** Default column widths of the overview table at 11 pt; a column widens to fit its longest word, as auto table layout does. */
const COLUMN_WIDTHS = [46, 180, 96, 80] as const;
const HEADER = [['Pagina'], ['Naam', 'functie'], ['Functiegroep'], ['Indicatieve', 'schaal']] as const;

function overzicht(cursor: Cursor, style: PdfStyle, rows: readonly OverzichtRij[]): void {
  const orientation = cursor.mix.overview ?? 'portrait';
  cursor.newPage(orientation);
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
      cursor.newPage(orientation);
      header();
    }
    const ys = Array.from({ length: height }, () => cursor.advance());
    cells.forEach((lines, column) => lines.forEach((line, index) => cursor.text(line, x(column), ys[index] as number)));
  }
}

/** Lays out one export; in book mode with cover and overview before the functions. */
export function layout(document: Hr21Document, style: PdfStyle, fonts: Fonts, book: boolean, mix: Mix = {}): LaidOut {
  const cursor = new Cursor(style, fonts, mix);
  if (book) {
    cursor.newPage();
    cursor.text('HR21 Functiebeschrijvingen', style.margin, cursor.advance(style.titleSize * 1.5), 'bold', style.titleSize * 1.5);
    cursor.space(2);
    cursor.text('Selectie normfuncties', style.margin, cursor.advance());
    overzicht(cursor, style, document.overzicht);
  }
  const write = (index: number, draw: (part: Part) => number) => {
    // The first document after the cover and overview, or of the file, starts its own page.
    const van = draw(partOf(cursor, index, index === 0));
    return { van, tot: cursor.page };
  };
  const functies = document.functies.map((value, index) => write(index, (part) => functie(cursor, style, value, part)));
  const modules = document.modules.map((value, index) => write(document.functies.length + index, (part) => module(cursor, style, value, part)));
  return { pages: cursor.pages, functies, modules, usesSymbol: cursor.usesSymbol };
}
