import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractPdf } from '../src/extract/index.js';

/** Two list items; their bullets drawn as discs, or set as "•" in the text. */
async function listPage(bullets: 'drawn' | 'glyph', extra: (draw: (text: string, x: number, y: number) => void) => void = () => {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  const draw = (text: string, x: number, y: number) => page.drawText(text, { x, y, size: 10, font });
  for (const [index, text] of ['stelt adviezen op', 'bewaakt de voortgang'].entries()) {
    const y = 700 - index * 14;
    if (bullets === 'drawn') page.drawCircle({ x: 92, y: y + 3, size: 1.7, color: rgb(0, 0, 0) });
    else draw('•', 90, y);
    draw(text, 106, y);
  }
  extra(draw);
  return pdf.save();
}

/** Pages of list items under a heading at the margin, each page setting its bullets its own way. */
async function mixedPages(pages: ('drawn' | 'glyph' | 'both')[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const bullets of pages) {
    const page = pdf.addPage([595, 842]);
    const draw = (text: string, x: number, y: number) => page.drawText(text, { x, y, size: 10, font });
    draw('Overwegende functiekenmerken:', 72, 720);
    for (const [index, text] of ['stelt adviezen op', 'bewaakt de voortgang', 'Resultaatgebied 1: Advies', 'adviseert het bestuur'].entries()) {
      const y = 700 - index * 14;
      if (index === 2) {
        draw(text, 72, y);
        continue;
      }
      if (bullets === 'drawn' || (bullets === 'both' && index < 2)) page.drawCircle({ x: 92, y: y + 3, size: 1.7, color: rgb(0, 0, 0) });
      else draw('–', 90, y);
      draw(text, 106, y);
    }
  }
  return pdf.save();
}

const marksPerPage = async (bytes: Uint8Array) => (await extractPdf(bytes)).pages.map((page) => page.marks.length);

const marks = async (bytes: Uint8Array) => (await extractPdf(bytes)).pages.flatMap((page) => page.marks);

describe('extract: drawn bullets', () => {
  it('reads bullet discs from the drawing when the text sets no bullet glyph', async () => {
    expect(await marks(await listPage('drawn'))).toHaveLength(2);
  });

  it('does not read the drawing when the text sets its bullets as glyphs', async () => {
    expect(await marks(await listPage('glyph'))).toEqual([]);
  });

  it('does not take a dash inside a line ("2019 - 2020") or a lone dash in a table cell for a bullet glyph', async () => {
    const bytes = await listPage('drawn', (draw) => {
      draw('2019', 70, 600);
      draw('-', 120, 600);
      draw('2020', 150, 600);
      draw('-', 300, 580);
    });
    expect(await marks(bytes)).toHaveLength(2);
  });

  it('decides per page: reads the drawing of a page with drawn bullets although another page sets glyphs', async () => {
    expect(await marksPerPage(await mixedPages(['glyph', 'drawn', 'glyph']))).toEqual([0, 3, 0]);
  });

  it('reads the drawing of a page that sets one list with glyphs and another with drawn bullets', async () => {
    expect(await marksPerPage(await mixedPages(['both']))).toEqual([2]);
  });
});
