import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pagesNeedingDrawings } from '../src/extract/bullet-evidence.js';
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

/**
 * A "–" list whose last line on the first page is the widest line of the file, continued on the
 * next page by `next`: a drawn item, a wrapped line and "–" items, or a wrapped line alone.
 */
async function listOverPageBreak(next: 'drawn item' | 'wrapped line, glyph items' | 'wrapped line'): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const first = pdf.addPage([595, 842]);
  const second = pdf.addPage([595, 842]);
  const draw = (page: typeof first, text: string, x: number, y: number) => page.drawText(text, { x, y, size: 10, font });
  draw(first, 'Overwegende functiekenmerken:', 72, 720);
  draw(first, '–', 90, 700);
  draw(first, 'stelt adviezen op', 106, 700);
  draw(first, '–', 90, 686);
  draw(first, 'bewaakt de voortgang van de projecten van de afdeling en rapporteert daarover aan', 106, 686);
  if (next === 'drawn item') second.drawCircle({ x: 92, y: 723, size: 1.7, color: rgb(0, 0, 0) });
  draw(second, next === 'drawn item' ? 'adviseert het bestuur' : 'het afdelingshoofd', 106, 720);
  if (next === 'wrapped line, glyph items') {
    draw(second, '–', 90, 706);
    draw(second, 'adviseert het bestuur', 106, 706);
  }
  draw(second, 'Resultaatgebied 1: Advies', 72, 680);
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

  it('reads the drawing of a page whose list runs on from a glyph list that ended in a full line, with no glyph on it', async () => {
    expect(await marksPerPage(await listOverPageBreak('drawn item'))).toEqual([0, 1]);
  });

  it('does not read the drawing of a page whose list runs on and then sets its items with glyphs', async () => {
    expect(await marksPerPage(await listOverPageBreak('wrapped line, glyph items'))).toEqual([0, 0]);
  });

  it('has the drawing read of a page whose list runs on with no glyph on it: the text cannot tell a wrapped line from a drawn item', async () => {
    const { pages } = await extractPdf(await listOverPageBreak('wrapped line'));
    expect([...pagesNeedingDrawings(pages)]).toEqual([2]);
  });

  it('reads the drawing of a page that sets one list with glyphs and another with drawn bullets', async () => {
    expect(await marksPerPage(await mixedPages(['both']))).toEqual([2]);
  });
});
