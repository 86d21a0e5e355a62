import { PDFDocument, StandardFonts } from 'pdf-lib';

/**
 * An n-page PDF with one short line of text a page, for page-limit tests. One shared font and
 * tiny content streams keep it quick: hundreds of pages build well under a second.
 */
export async function manyPages(pageCount: number): Promise<Uint8Array> {
  if (!Number.isInteger(pageCount) || pageCount < 1) throw new RangeError(`pageCount must be a positive integer, got ${pageCount}`);
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let number = 1; number <= pageCount; number++) {
    const page = pdf.addPage([595.28, 841.89]);
    page.drawText(`Pagina ${number} van ${pageCount}`, { x: 56, y: 780, size: 11, font });
  }
  return pdf.save();
}
