import type { LayoutDocument, Line } from '../layout/types.js';
import type { LineRole } from '../parse/ledger.js';
import type { Hr21Document } from '../schema/document.js';

/** Where a line sits: `box` in PDF user space (origin bottom-left), `norm` as fractions of the page from its top-left corner. */
export interface LineRect {
  page: number;
  box: [number, number, number, number];
  norm: [number, number, number, number];
  /** For a line read by OCR: the engine's confidence in it, 0–100. */
  confidence?: number;
}

export interface SourcesDocument {
  schemaVersion: 1;
  file: string;
  /** For every string of the document JSON, by JSON Pointer: the rectangles of the lines it was read from. */
  sources: Record<string, LineRect[]>;
  /** For every string read (partly) by OCR: the engine's confidence, that of its least sure line (0–100). */
  confidence?: Record<string, number>;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

export function lineRect(line: Line, width: number, height: number): LineRect {
  // Ascent and descent of a typical Latin font, as fractions of the font size.
  const top = line.y + line.fontSize * 0.8;
  const bottom = line.y - line.fontSize * 0.25;
  return {
    page: line.page,
    box: [round(line.textX), round(bottom), round(line.right), round(top)],
    norm: width > 0 && height > 0 ? [round(line.textX / width), round(1 - top / height), round(line.right / width), round(1 - bottom / height)] : [0, 0, 0, 0],
    ...(line.confidence === undefined ? {} : { confidence: line.confidence }),
  };
}

function stringPointers(value: unknown, pointer: string, out: string[]): void {
  if (typeof value === 'string') out.push(pointer);
  else if (Array.isArray(value)) value.forEach((item, index) => stringPointers(item, `${pointer}/${index}`, out));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) stringPointers(item, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, out);
  }
}

/**
 * Provenance: each string is traced to the lines claimed for it, or for the nearest object
 * around it that was claimed whole (an overview row).
 */
export function toSources(document: Hr21Document, layout: LayoutDocument, roles: ReadonlyMap<number, LineRole>): SourcesDocument {
  const byPointer = new Map<string, LineRect[]>();
  for (const page of layout.pages) {
    for (const line of page.lines) {
      const pointer = roles.get(line.id)?.pointer;
      if (!pointer) continue;
      const rects = byPointer.get(pointer) ?? [];
      rects.push(lineRect(line, page.width, page.height));
      byPointer.set(pointer, rects);
    }
  }
  const pointers: string[] = [];
  for (const key of ['overzicht', 'functies', 'modules'] as const) stringPointers(document[key], `/${key}`, pointers);
  const sources: Record<string, LineRect[]> = {};
  const confidence: Record<string, number> = {};
  for (const pointer of pointers) {
    for (let at = pointer; at !== ''; at = at.slice(0, at.lastIndexOf('/'))) {
      const rects = byPointer.get(at);
      if (rects) {
        sources[pointer] = rects;
        const read = rects.flatMap((rect) => (rect.confidence === undefined ? [] : [rect.confidence]));
        if (read.length > 0) confidence[pointer] = Math.min(...read);
        break;
      }
    }
  }
  return { schemaVersion: 1, file: document.source.file, sources, ...(Object.keys(confidence).length > 0 ? { confidence } : {}) };
}
