import type { ExtractedPdf } from '../extract/types.js';
import { markFurniture } from './furniture.js';
import { bodyFontOf, buildLines } from './lines.js';
import { measure } from './metrics.js';
import type { LayoutDocument, LayoutPage } from './types.js';

/** Turns text runs into numbered lines with bullets, furniture marks and body metrics. */
export function layoutDocument(pdf: ExtractedPdf): LayoutDocument {
  let nextId = 0;
  // One body font for the document: on a short page, bold headings can outweigh the body text.
  const bodyFont = bodyFontOf(pdf.pages);
  const pages: LayoutPage[] = pdf.pages.map((page) => ({
    number: page.number,
    width: page.width,
    height: page.height,
    lines: buildLines(page, bodyFont).map((line) => ({ ...line, id: nextId++ })),
    ...(page.error === undefined ? {} : { error: page.error }),
  }));
  markFurniture(pages);
  return { pages, metrics: measure(pages) };
}
