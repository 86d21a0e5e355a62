import { describe, expect, it } from 'vitest';
import { extractPdf } from '../src/extract/index.js';
import { isDecodable } from '../src/ocr/text-layer.js';
import { item, page } from './support/items.js';
import { canPrintToPdf, printToPdf } from './support/scan/index.js';
import { seedPdf } from './support/seed.js';

/** Text as a glyph-index font without a Unicode map extracts: every letter shifted by 29 ("*HPHHQWH" for "Gemeente"). */
function shifted(text: string): string {
  return [...text].map((char) => (char === ' ' ? ' ' : String.fromCharCode(char.charCodeAt(0) - 29))).join('');
}

const dutch = [
  'Leidinggeven aan en organiseren van activiteiten en verantwoordelijkheden van een groep',
  'medewerkers binnen (een deel van) de organisatie. Binnen de budgettaire randvoorwaarden en de',
  'levert als eerste adviseur, vanuit een strategische kader en wettelijke context, advies en',
];

describe('OCR: is a text layer decodable', () => {
  it('takes every page of the sample as text', async () => {
    const extracted = await extractPdf(seedPdf());
    expect(extracted.pages.filter((p) => !isDecodable(p)).map((p) => p.number)).toEqual([]);
  });

  it('takes Dutch text, a Symbol-font bullet and a short label as text', () => {
    expect(isDecodable(page(dutch.map((text, index) => item(text, 72, 700 - index * 14))))).toBe(true);
    expect(isDecodable(page([item('\uF0B7', 72, 700), item(dutch[0] as string, 90, 700), item(dutch[1] as string, 90, 686)]))).toBe(true);
    expect(isDecodable(page([item('Pagina 3 van 34', 72, 40)]))).toBe(true);
  });

  it('refuses glyph codes read as shifted letters, control codes and private-use text', () => {
    expect(isDecodable(page(dutch.map((text, index) => item(shifted(text), 72, 700 - index * 14))))).toBe(false);
    expect(isDecodable(page([item('\u0006\u0007\b \u000e\u000f\u0010 \u0011\u0012 \b\u0013 \u001b\u0007\u001d\u0003\u0017\u0002 78\u0017\u0002', 72, 700)]))).toBe(false);
    expect(isDecodable(page([item('\uF041\uF042\uF043 \uF044\uF045\uF046\uF047 \uF048\uF049\uF04A\uF04B\uF04C\uF04D\uF04E\uF04F\uF050\uF051', 72, 700)]))).toBe(false);
  });

  it.skipIf(!canPrintToPdf())('refuses the sample printed to PDF through PostScript', async () => {
    const extracted = await extractPdf(printToPdf(seedPdf(), { first: 4, last: 5 }));
    expect(extracted.pages.map(isDecodable)).toEqual([false, false]);
  });
});
