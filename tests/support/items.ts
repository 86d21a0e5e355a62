import type { ExtractedPage, TextItem } from '../../src/extract/types.js';
import type { Line } from '../../src/layout/types.js';
import { buildLines } from '../../src/layout/lines.js';

/** A text run as pdf.js would report it, with a width from a simple 0.5 em per character. */
export function item(text: string, x: number, y: number, options: Partial<TextItem> = {}): TextItem {
  const fontSize = options.fontSize ?? 10;
  return { text, x, y, width: text.length * fontSize * 0.5, fontSize, fontId: 'f1', rotated: false, ...options };
}

export function page(items: TextItem[], number = 1, size: { width: number; height: number } = { width: 595, height: 842 }): ExtractedPage {
  return { number, ...size, items, marks: [], scanned: false };
}

let nextId = 0;

/** Lines of one synthetic page, with ids as the layout stage gives them. */
export function linesOf(items: TextItem[], number = 1): Line[] {
  return buildLines(page(items, number)).map((line) => ({ ...line, id: nextId++ }));
}
