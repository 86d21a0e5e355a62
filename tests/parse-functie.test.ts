import { describe, expect, it } from 'vitest';
import type { ExtractedPdf, TextItem } from '../src/extract/types.js';
import { layoutDocument } from '../src/layout/index.js';
import { parseDocument } from '../src/parse/index.js';
import type { Hr21Document, Warning } from '../src/schema/document.js';
import { validateDocument } from '../src/validate/index.js';
import { item, page } from './support/items.js';

/** One line of a synthetic page: its text, where it starts, whether it is bold, the space above it in lines. */
interface Row {
  text: string;
  x?: number;
  bold?: boolean;
  space?: number;
}

const MARGIN = 70;
const LEADING = 12;

/** Sets rows top to bottom on A4 pages, in a 10 pt body font and a bold font for headings. */
function parseRows(pages: Row[][]): Hr21Document {
  const extracted: ExtractedPdf = {
    pageCount: pages.length,
    title: null,
    producer: null,
    repaired: false,
    pages: pages.map((rows, index) => {
      let y = 780;
      const items: TextItem[] = [];
      for (const row of rows) {
        y -= LEADING * (1 + (row.space ?? 0));
        const [bullet, text] = row.text.startsWith('• ') ? ['•', row.text.slice(2)] : [null, row.text];
        const x = row.x ?? MARGIN;
        if (bullet) items.push(item(bullet, x, y));
        items.push(item(text, bullet ? x + 18 : x, y, { fontId: row.bold ? 'bold' : 'regular' }));
      }
      return page(items, index + 1);
    }),
  };
  const parsed = parseDocument(layoutDocument(extracted));
  return validateDocument(parsed, { file: 'rows.pdf', sha256: '0'.repeat(64), pageCount: pages.length, title: null, producer: null }, []);
}

const heading = (text: string): Row => ({ text, bold: true, space: 0.8 });
const kenmerk = (text: string): Row => ({ text: `• ${text}`, x: MARGIN + 18 });

/** A complete short function; tests put lines into it. */
function functie(extra: { afterKenmerken?: Row[]; modules?: Row[] } = {}): Row[] {
  return [
    { text: 'Functiebeschrijving', bold: true },
    { text: 'Naam functie : Adviseur II', space: 1 },
    { text: 'Code : N03.02.04' },
    heading('Functiereeks Advies:'),
    { text: 'Adviseren over beleid en uitvoering.' },
    heading('Functiegroep Advies:'),
    { text: 'Adviseren binnen kaders.' },
    heading('Overwegende functiekenmerken:'),
    kenmerk('adviseert over beleid'),
    kenmerk('Generieke taken'),
    ...(extra.afterKenmerken ?? []),
    heading('Resultaatgebied 1: Advisering'),
    kenmerk('stelt adviezen op'),
    kenmerk('bewaakt de voortgang'),
    heading('Module'),
    ...(extra.modules ?? []),
  ];
}

const codes = (warnings: Warning[]) => warnings.map((warning) => [warning.code, warning.page]);

describe('parse/functie', () => {
  it('reads a single-function export without an overview: no overview rows, no overview warnings, no schaal', () => {
    const document = parseRows([functie()]);
    expect(document.overzicht).toEqual([]);
    expect(document.warnings).toEqual([]);
    expect(document.functies).toMatchObject([
      { naam: 'Adviseur II', code: 'N03.02.04', generiekeTaken: true, overwegendeFunctiekenmerken: ['adviseert over beleid'], indicatieveSchaal: null, modules: [] },
    ]);
  });

  it('fills modules from the names listed under the function’s "Module" heading', () => {
    const document = parseRows([functie({ modules: [{ text: 'Coördinatie' }, { text: 'Projectleiding' }] })]);
    expect(document.functies[0]?.modules).toEqual(['Coördinatie', 'Projectleiding']);
    expect(document.warnings).toEqual([]);
  });

  it('starts a module name at a line opening with a capital, though it would not have fitted on the full line before', () => {
    const full = 'Advisering en ondersteuning op het gebied van bedrijfsvoering, financiën en control voor';
    const document = parseRows([functie({ modules: [{ text: full }, { text: 'Projectondersteuning' }, { text: full }, { text: '(Burger)participatie' }, { text: full }, { text: 'gemeenten' }] })]);
    expect(document.functies[0]?.modules).toEqual([full, 'Projectondersteuning', full, '(Burger)participatie', `${full} gemeenten`]);
    expect(document.warnings).toEqual([]);
  });

  it('continues a module name that broke after a hyphen, whatever its next line starts with', () => {
    const document = parseRows([functie({ modules: [{ text: 'Advisering en ondersteuning op het gebied van bedrijfsvoering, financiën, inkoop en ICT-' }, { text: 'Beheer' }] })]);
    expect(document.functies[0]?.modules).toEqual(['Advisering en ondersteuning op het gebied van bedrijfsvoering, financiën, inkoop en ICT-Beheer']);
  });

  it('reports an unknown heading and the text under it, with their page, and keeps the known sections', () => {
    const document = parseRows([functie({ afterKenmerken: [heading('Bijzondere omstandigheden'), { text: 'Werkt ook in de avonduren.' }] })]);
    expect(codes(document.warnings)).toEqual([
      ['KOP_ONBEKEND', 1],
      ['REGEL_NIET_HERKEND', 1],
    ]);
    expect(document.warnings[1]?.message).toContain('Werkt ook in de avonduren.');
    expect(document.functies[0]?.resultaatgebieden.map((gebied) => gebied.taken)).toEqual([['stelt adviezen op', 'bewaakt de voortgang']]);
  });

  it('reports a stray line at the margin inside a bulleted list instead of gluing it to an item', () => {
    const rows = functie();
    rows.splice(rows.findIndex((row) => row.text === '• stelt adviezen op') + 1, 0, { text: 'zie ook de bijlage' });
    const document = parseRows([rows]);
    expect(document.warnings.map((warning) => warning.message)).toEqual([expect.stringMatching(/page 1: "zie ook de bijlage"$/)]);
    expect(document.functies[0]?.resultaatgebieden[0]?.taken).toEqual(['stelt adviezen op', 'bewaakt de voortgang']);
  });

  it('continues a function and its list over a page break and records both pages', () => {
    const rows = functie();
    const split = rows.findIndex((row) => row.text === '• bewaakt de voortgang');
    const document = parseRows([rows.slice(0, split), rows.slice(split)]);
    expect(document.functies[0]?.paginas).toEqual({ van: 1, tot: 2 });
    expect(document.functies[0]?.resultaatgebieden[0]?.taken).toEqual(['stelt adviezen op', 'bewaakt de voortgang']);
    expect(document.warnings).toEqual([]);
  });

  it('parses a function with missing sections and says what is missing', () => {
    const document = parseRows([[{ text: 'Functiebeschrijving', bold: true }, { text: 'Naam functie : Adviseur II', space: 1 }, heading('Overwegende functiekenmerken:'), kenmerk('adviseert')]]);
    expect(document.functies[0]).toMatchObject({ naam: 'Adviseur II', code: null, functiereeks: null, resultaatgebieden: [] });
    expect(document.warnings.map((warning) => warning.code)).toContain('SECTIE_ONTBREEKT');
  });
});
