import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { Hr21Error } from '../src/errors/hr21-error.js';
import { ocrDocument } from '../src/ocr/index.js';
import { parsePdf, parsePdfDetailed } from '../src/parse-pdf.js';
import type { Functie, Hr21Document } from '../src/schema/document.js';
import { countFields } from './support/field-count.js';
import { renderHr21Pdf, styles } from './support/render/index.js';
import { canPrintToPdf, printToPdf, scanPdf } from './support/scan/index.js';
import { seedExpected, seedPdf } from './support/seed.js';

/** Page-by-page OCR on a shared CPU: generous, the work is a few pages. */
const OCR_TIMEOUT = 300_000;

const seed = seedExpected() as unknown as Hr21Document;
const one = (functie: Functie): Hr21Document => ({
  ...seed,
  schemaVersion: 1,
  source: { file: 'scan.pdf', sha256: '0'.repeat(64), pageCount: 0, title: null, producer: null },
  overzicht: [],
  functies: [functie],
  modules: [],
  warnings: [],
});

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(Hr21Error);
  return { code: (error as Hr21Error).code, message: (error as Hr21Error).message };
}

describe('OCR', () => {
  it('leaves a PDF with a good text layer to extraction: the engine is not even loaded', async () => {
    const document = await parsePdf(seedPdf());
    expect(document.source.ocr).toBeNull();
    expect(document.warnings.map((warning) => warning.code)).not.toContain('OCR_GEBRUIKT');
    const loaded = Object.keys(createRequire(import.meta.url).cache).filter((path) => path.includes('tesseract'));
    expect(loaded).toEqual([]);
  });

  it('with --ocr off, refuses a scan and an undecodable text layer as HR21_NO_TEXT, naming --ocr', async () => {
    const { bytes } = await renderHr21Pdf(one(seed.functies[4] as Functie), styles.wordLike!);
    const scan = await scanPdf(bytes, { name: 'office', dpi: 150 });
    expect(await failure(parsePdf(scan, { ocr: 'off' }))).toEqual({ code: 'HR21_NO_TEXT', message: expect.stringContaining('--ocr') });
    if (canPrintToPdf()) {
      const printed = printToPdf(seedPdf(), { first: 4, last: 5 });
      expect(await failure(parsePdf(printed, { ocr: 'off' }))).toEqual({ code: 'HR21_NO_TEXT', message: expect.stringMatching(/cannot be decoded.*--ocr/) });
    }
  });

  it(
    'reads a scan (300 dpi, grey, JPEG, specks, 1.5° askew, second page upside down) back into the same function',
    async () => {
      const { bytes, document: expected } = await renderHr21Pdf(one(seed.functies[4] as Functie), styles.wordLike!);
      const scan = await scanPdf(bytes, { name: 'office', dpi: 300, jpegQuality: 0.7, speckles: 30, skewDegrees: 1.5, upsideDown: [2], paper: 230 });
      // Two engines, as the batch gives a file on idle cores: each takes the next page.
      const { document } = await parsePdfDetailed(scan, { fileName: 'scan.pdf' }, undefined, (pdf, extracted, options) => ocrDocument(pdf, extracted, { ...options, engines: 2 }));
      const [functie] = document.functies;
      const wanted = expected.functies[0] as Functie;
      expect(functie?.naam).toBe(wanted.naam);
      expect(functie?.code).toBe(wanted.code);
      expect(functie?.functiegroep?.naam).toBe(wanted.functiegroep?.naam);
      expect(functie?.resultaatgebieden.map((gebied) => [gebied.titel, gebied.taken.length])).toEqual(wanted.resultaatgebieden.map((gebied) => [gebied.titel, gebied.taken.length]));
      // What OCR cannot give back exactly (´ read as ’, a speck read as a dot) costs a few fields, no more.
      const count = countFields({ functies: expected.functies }, { functies: document.functies });
      expect(count.matched / count.total).toBeGreaterThanOrEqual(0.85);
      expect(document.source.ocr).toMatchObject({ pages: [1, 2], engine: expect.stringMatching(/^tesseract\.js 7\./), language: 'nld' });
      expect(document.warnings).toContainEqual({ code: 'OCR_GEBRUIKT', message: 'pages 1, 2 read by OCR: no text layer', page: 1 });
    },
    OCR_TIMEOUT,
  );

  it.skipIf(!canPrintToPdf())(
    'reads the sample printed to PDF through PostScript, whose glyphs decode to nothing, by OCR',
    async () => {
      const printed = printToPdf(seedPdf(), { first: 4, last: 5 });
      const document = await parsePdf(printed);
      const wanted = { ...(seed.functies[0] as Functie), paginas: { van: 1, tot: 2 }, indicatieveSchaal: null };
      expect(document.functies[0]?.code).toBe('N02.01.02');
      expect(document.functies[0]?.naam).toBe(wanted.naam);
      const count = countFields({ functies: [wanted] }, { functies: document.functies });
      expect(count.matched / count.total).toBeGreaterThanOrEqual(0.9);
      expect(document.warnings).toContainEqual(expect.objectContaining({ code: 'OCR_GEBRUIKT', message: expect.stringContaining('a text layer that cannot be decoded') }));
    },
    OCR_TIMEOUT,
  );
});
