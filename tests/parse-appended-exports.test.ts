import { describe, expect, it } from 'vitest';
import { parsePdfDetailed } from '../src/parse-pdf.js';
import type { Hr21Document } from '../src/schema/document.js';
import { renderExports, styles } from './support/render/index.js';
import { seedExpected } from './support/seed.js';

const seed = seedExpected() as unknown as Hr21Document;

/** An export of the seed's functions `from`..`to` with their overview rows, scales raised by `raise`. */
function exportOf(from: number, to: number, raise: number): Hr21Document {
  const functies = seed.functies.slice(from, to).map((functie) => ({ ...functie, indicatieveSchaal: (functie.indicatieveSchaal ?? 0) + raise }));
  return {
    ...seed,
    schemaVersion: 1,
    source: { file: 'appended.pdf', sha256: '0'.repeat(64), pageCount: 0, title: null, producer: null },
    overzicht: seed.overzicht.slice(from, to).map((rij) => ({ ...rij, indicatieveSchaal: (rij.indicatieveSchaal ?? 0) + raise })),
    functies,
    modules: [],
    warnings: [],
  };
}

describe('parse: two exports appended into one file', () => {
  it('matches each overview to its own export’s functions, with its own pages and scales, and reads each cover as furniture', async () => {
    // The same functions in both exports, as two editions of a functieboek; the second edition raises every scale.
    const { bytes, document } = await renderExports([
      { document: exportOf(2, 4, 0), style: styles.wordLike!, book: true },
      { document: exportOf(2, 4, 1), style: { ...styles.dashFooter!, runningHeader: 'Gemeente Anderstad', pageLabel: 'slash' }, book: true, mix: { overview: 'landscape' } },
    ]);
    const { document: parsed, layout, roles } = await parsePdfDetailed(bytes, { fileName: 'appended.pdf' });
    expect(parsed.overzicht).toEqual(document.overzicht);
    expect(parsed.functies.map((functie) => [functie.paginas.van, functie.indicatieveSchaal])).toEqual(document.functies.map((functie) => [functie.paginas.van, functie.indicatieveSchaal]));
    expect(parsed.overzicht[2]?.pagina).toBe(parsed.overzicht[0]?.pagina);
    expect(parsed.warnings.filter((warning) => warning.code !== 'OVERZICHT_FUNCTIEGROEP_AFWIJKEND')).toEqual([]);
    const cover = layout.pages.flatMap((page) => page.lines).filter((line) => line.text === 'HR21 Functiebeschrijvingen');
    expect(cover.map((line) => roles.get(line.id)?.kind)).toEqual(['furniture', 'furniture']);
  });

  it('recognises the cover of an export set smaller than the one before it by its own text size', async () => {
    const plain = { ...styles.wordLike!, margin: 40, leading: 1.15, boldHeadings: false };
    const { bytes, document } = await renderExports([
      { document: exportOf(3, 4, 0), style: { ...plain, size: 12, titleSize: 12 }, book: true },
      { document: exportOf(4, 5, 0), style: { ...plain, size: 9, titleSize: 9, labels: 'colon' }, book: true },
    ]);
    const { document: parsed } = await parsePdfDetailed(bytes, { fileName: 'appended.pdf' });
    expect(parsed.functies.map((functie) => [functie.paginas, functie.modules])).toEqual(document.functies.map((functie) => [functie.paginas, functie.modules]));
    expect(parsed.warnings).toEqual([]);
  });

  it('reads a cover as the appended export’s when its title, at the same place as the first cover’s, was taken for a running line', async () => {
    // Airy leading sets both titles apart from the text at one distance from the top, as a running header is.
    const plain = { ...styles.wordLike!, boldHeadings: false, page: 'Letter' as const };
    const { bytes, document } = await renderExports([
      { document: exportOf(2, 4, 0), style: { ...plain, size: 12, titleSize: 12, leading: 1.5, margin: 53, furniture: true }, book: true },
      { document: exportOf(4, 5, 0), style: { ...plain, size: 10, titleSize: 10, leading: 1.3, margin: 66 }, book: true },
    ]);
    const { document: parsed, layout, roles } = await parsePdfDetailed(bytes, { fileName: 'appended.pdf' });
    expect(parsed.functies.map((functie) => functie.paginas)).toEqual(document.functies.map((functie) => functie.paginas));
    const cover = layout.pages.flatMap((page) => page.lines).filter((line) => line.page === 7);
    expect(cover.map((line) => [line.text, roles.get(line.id)?.kind])).toEqual([
      ['HR21 Functiebeschrijvingen', 'furniture'],
      ['Selectie normfuncties', 'furniture'],
    ]);
    expect(parsed.warnings.filter((warning) => warning.code !== 'OVERZICHT_FUNCTIEGROEP_AFWIJKEND')).toEqual([]);
  });

  it('reads a wrapped heading of an export set in larger type and leading than the export after it, by its own pages’ line gap', async () => {
    const [functie] = exportOf(2, 3, 0).functies;
    const wide = { ...functie!, functiereeks: { naam: 'Beleidsadvisering over politiek-bestuurlijke en ambtelijke opdrachtgever-opdrachtnemerrelaties', omschrijving: 'Adviseert over beleid en uitvoering.' } };
    const plain = { ...styles.wordLike!, boldHeadings: true };
    const { bytes, document } = await renderExports([
      { document: { ...exportOf(2, 3, 0), functies: [wide] }, style: { ...plain, size: 12, titleSize: 16, leading: 1.5 }, book: true },
      { document: exportOf(3, 8, 0), style: { ...plain, size: 9, titleSize: 16, leading: 1.15 }, book: true },
    ]);
    const { document: parsed } = await parsePdfDetailed(bytes, { fileName: 'appended.pdf' });
    expect(parsed.functies[0]?.functiereeks).toEqual(wide.functiereeks);
    expect(parsed.functies.map((functie) => functie.paginas)).toEqual(document.functies.map((functie) => functie.paginas));
    expect(parsed.warnings.filter((warning) => warning.code !== 'OVERZICHT_FUNCTIEGROEP_AFWIJKEND')).toEqual([]);
  });
});
