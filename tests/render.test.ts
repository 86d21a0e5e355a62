import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractPdf } from '../src/extract/index.js';
import { loadPdfJs } from '../src/extract/pdfjs.js';
import { parsePdfDetailed } from '../src/parse-pdf.js';
import type { Hr21Document } from '../src/schema/document.js';
import { COPYRIGHT, dejavuAvailable, renderExports, renderHr21Pdf, styles } from './support/render/index.js';
import { wrap } from './support/render/layout.js';
import { seedExpected } from './support/seed.js';

/** The test-PDF writer must produce what it claims, or the round-trip tests prove nothing. */
const seed = seedExpected() as unknown as Hr21Document;
const input: Hr21Document = { ...seed, schemaVersion: 1, source: { file: 'w.pdf', sha256: '0'.repeat(64), pageCount: 0, title: null, producer: null }, warnings: [] };
const listItems = input.functies.reduce((sum, functie) => sum + functie.overwegendeFunctiekenmerken.length + (functie.generiekeTaken ? 1 : 0) + functie.resultaatgebieden.reduce((count, gebied) => count + gebied.taken.length, 0), 0);
const activiteiten = input.modules.reduce((sum, module) => sum + module.taken.reduce((count, taak) => count + taak.activiteiten.length, 0), 0);

const texts = async (bytes: Uint8Array) => (await extractPdf(bytes)).pages.flatMap((page) => page.items.map((item) => item.text));

/** The strings of the PDF's text-showing operators, as written: pdf.js's text content merges adjacent runs. */
async function shownRuns(bytes: Uint8Array): Promise<string[]> {
  const { getDocument, OPS } = await loadPdfJs();
  const pdf = await getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true }).promise;
  try {
    const runs: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const { fnArray, argsArray } = await (await pdf.getPage(number)).getOperatorList();
      fnArray.forEach((operator, index) => {
        if (operator !== OPS.showText) return;
        const [glyphs] = argsArray[index] as [({ unicode?: string } | number)[]];
        runs.push(glyphs.map((glyph) => (typeof glyph === 'number' ? '' : (glyph.unicode ?? ''))).join(''));
      });
    }
    return runs;
  } finally {
    await pdf.destroy();
  }
}

/** Running header and footer lines are drawn whole in every style. */
const bodyRuns = (runs: string[]) => runs.filter((text) => !text.startsWith('Pagina ') && text !== COPYRIGHT && text !== 'Gemeente Voorbeeldstad');

describe('test-PDF writer', () => {
  it('sets Word’s Symbol bullets so that they extract as U+F0B7, one per list item', async () => {
    const { bytes } = await renderHr21Pdf(input, styles.wordLike!);
    expect((await texts(bytes)).filter((text) => text === '\uF0B7')).toHaveLength(listItems + activiteiten);
  });

  it('draws bullets as shapes without any text glyph, one shape per list item', async () => {
    const { bytes } = await renderHr21Pdf(input, styles.drawnColumns!);
    const extracted = await extractPdf(bytes);
    expect(extracted.pages.flatMap((page) => page.items).filter((item) => /^[•\uF0B7–o-]$/.test(item.text.trim()))).toEqual([]);
    expect(extracted.pages.reduce((sum, page) => sum + page.marks.length, 0)).toBe(listItems + activiteiten);
  });

  it.skipIf(!dejavuAvailable)('splits text into runs of one to four glyphs, inside words, as browsers emit them', async () => {
    const runs = bodyRuns(await shownRuns((await renderHr21Pdf(input, styles.dejavuGlyphs!)).bytes));
    expect(Math.max(...runs.map((text) => text.length))).toBeLessThanOrEqual(4);
    expect(runs.slice(0, 4)).toEqual(['F', 'un', 'cti', 'ebes']);
  });

  it('splits text into one run per word when asked', async () => {
    const runs = await shownRuns((await renderHr21Pdf(input, styles.timesWords!)).bytes);
    expect(runs).toContain('Functiebeschrijving');
    expect(bodyRuns(runs).filter((text) => text.includes(' '))).toEqual([]);
  });

  it('prints the running header, "Pagina N van M" and the VNG copyright line on every page', async () => {
    const { bytes, document } = await renderHr21Pdf(input, styles.symbolFooter!);
    const extracted = await extractPdf(bytes);
    for (const page of extracted.pages) {
      const lines = page.items.map((item) => item.text);
      expect(lines).toContain('Gemeente Voorbeeldstad');
      expect(lines.join(' ')).toContain(`Pagina ${page.number} van ${document.source.pageCount}`);
      expect(lines).toContain(COPYRIGHT);
    }
  });

  it('writes a function book with a cover and an overview table whose page column matches where functions start', async () => {
    const { bytes, document } = await renderHr21Pdf(input, styles.wordLike!, { book: true });
    const [cover, overview] = (await extractPdf(bytes)).pages;
    expect(cover?.items.map((item) => item.text)).toContain('HR21 Functiebeschrijvingen');
    expect(overview?.items.map((item) => item.text)).toContain('Naam functie');
    expect(document.overzicht.map((rij) => rij.pagina)).toEqual([...document.functies, ...document.modules].map((entry) => entry.paginas.van));
  });

  it('breaks lists, and single items, across pages', async () => {
    const { bytes } = await renderHr21Pdf(input, styles.symbolFooter!);
    const { roles, layout } = await parsePdfDetailed(bytes);
    const pagesOf = new Map<string, Set<number>>();
    for (const line of layout.pages.flatMap((page) => page.lines)) {
      const pointer = roles.get(line.id)?.pointer;
      if (!pointer || !/\/(taken|overwegendeFunctiekenmerken)\/\d+$/.test(pointer)) continue;
      for (const key of [pointer, pointer.replace(/\/\d+$/, '')]) pagesOf.set(key, (pagesOf.get(key) ?? new Set()).add(line.page));
    }
    const split = [...pagesOf].filter(([, pages]) => pages.size > 1).map(([pointer]) => pointer);
    expect(split.some((pointer) => /\/\d+$/.test(pointer) && /taken|kenmerken/.test(pointer.split('/').at(-2) ?? ''))).toBe(true);
    expect(split.some((pointer) => /(taken|overwegendeFunctiekenmerken)$/.test(pointer))).toBe(true);
  });

  it('breaks lines after a hyphen or dash inside a word, never before a conjunction it elides for', async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    const width = (text: string) => font.widthOfTextAtSize(text, 10) + 1;
    expect(wrap('beheert ICT-systemen en meer', width('beheert ICT-sys'), font, 10)).toEqual(['beheert ICT-', 'systemen en', 'meer']);
    expect(wrap('voorbereiding en –uitvoering', width('voorbereiding en –u'), font, 10)).toEqual(['voorbereiding en –', 'uitvoering']);
    expect(wrap('zowel in-of uit', width('zowel in-o'), font, 10)).toEqual(['zowel', 'in-of uit']);
  });

  it('varies bullets and runs by page, turns an overview with /Rotate 90 and appends a second export with its own furniture', async () => {
    const single = { ...input, overzicht: input.overzicht.slice(0, 2), functies: input.functies.slice(0, 2), modules: [] };
    const { bytes, document } = await renderExports([
      { document: single, style: styles.symbolFooter!, book: true, mix: { overview: 'rotated', pages: [{ bullet: 'drawn' }, { bullet: '–', runs: 'glyphs' }] } },
      { document: single, style: { ...styles.dashFooter!, runningHeader: 'Gemeente Anderstad', pageLabel: 'slash' }, book: true },
    ]);
    const pdf = await PDFDocument.load(bytes);
    const rotations = pdf.getPages().map((page) => page.getRotation().angle);
    expect(rotations.filter((angle) => angle === 90)).toHaveLength(1);
    const extracted = await extractPdf(bytes);
    const overview = extracted.pages[1];
    // Shown landscape, its text upright.
    expect(overview && overview.width > overview.height).toBe(true);
    expect(overview?.items.filter((item) => item.rotated)).toEqual([]);
    const headers = extracted.pages.map((page) => page.items.find((item) => item.text.startsWith('Gemeente'))?.text);
    const second = headers.indexOf('Gemeente Anderstad');
    expect(second).toBeGreaterThan(2);
    expect(headers).toEqual([...Array<string>(second).fill('Gemeente Voorbeeldstad'), ...Array<string>(headers.length - second).fill('Gemeente Anderstad')]);
    // Each export's overview counts pages from its own cover.
    expect(document.overzicht.map((rij) => rij.pagina)).toEqual([3, document.functies[1]?.paginas.van, 3, (document.functies[3]?.paginas.van ?? 0) - second]);
    expect(document.functies[2]?.paginas.van).toBe(second + 3);
  });
});
