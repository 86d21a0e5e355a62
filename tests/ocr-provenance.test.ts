import { describe, expect, it } from 'vitest';
import { toSources } from '../src/emit/sources.js';
import { inspectModel } from '../src/inspect/model.js';
import { buildLines } from '../src/layout/lines.js';
import type { LayoutDocument, Line } from '../src/layout/types.js';
import type { LineRole } from '../src/parse/ledger.js';
import type { Hr21Document } from '../src/schema/document.js';
import { item, page } from './support/items.js';

/** One page: a text-layer line, and a line read by OCR with one word the engine was unsure of. */
function layout(): LayoutDocument {
  const lines = buildLines(
    page([
      item('Naam functie: Adviseur I', 72, 760),
      item('adviseert', 72, 700, { confidence: 96 }),
      item('over', 120, 700, { confidence: 41 }),
      item('beleid', 145, 700, { confidence: 90 }),
    ]),
  ).map((line, id): Line => ({ ...line, id }));
  return { pages: [{ number: 1, width: 595, height: 842, lines }], metrics: { bodyFontSize: 10, lineGap: 12, leftMargin: 72, rightEdge: 520, pageRightEdges: {}, pageLineGaps: {} } };
}

const document = {
  schemaVersion: 1,
  source: { file: 'scan.pdf', sha256: '0'.repeat(64), pageCount: 1, title: null, producer: null, ocr: null },
  overzicht: [],
  functies: [{ naam: 'Adviseur I', code: null, functiereeks: null, functiegroep: null, generiekeTaken: false, overwegendeFunctiekenmerken: ['adviseert over beleid'], resultaatgebieden: [], modules: [], indicatieveSchaal: null, paginas: { van: 1, tot: 1 } }],
  modules: [],
  warnings: [],
} satisfies Hr21Document;

const roles = new Map<number, LineRole>([
  [0, { kind: 'veld', pointer: '/functies/0/naam' }],
  [1, { kind: 'kenmerk', pointer: '/functies/0/overwegendeFunctiekenmerken/0' }],
]);

describe('OCR provenance', () => {
  it('gives a line read by OCR its confidence, weighted by characters, and the words the engine was unsure of', () => {
    const [text, read] = layout().pages[0]?.lines ?? [];
    expect(text?.confidence).toBeUndefined();
    expect(read?.confidence).toBeCloseTo((96 * 9 + 41 * 4 + 90 * 6) / 19, 1);
    expect(read?.unsure).toEqual(['over']);
  });

  it('--sources gives each OCR string its confidence, and none to strings from the text layer', () => {
    const sources = toSources(document, layout(), roles);
    expect(sources.confidence).toEqual({ '/functies/0/overwegendeFunctiekenmerken/0': 82.5 });
    expect(sources.sources['/functies/0/naam']?.[0]).not.toHaveProperty('confidence');
  });

  it('the inspect page model carries the confidence and the unsure words of OCR lines', () => {
    const model = inspectModel(document, layout(), roles);
    expect(model.pages[0]?.lines.map((line) => line.ocr)).toEqual([null, { confidence: 82.5, unsure: ['over'] }]);
  });
});
