import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { diffJson, formatDifferences } from '../src/diff/index.js';
import { parsePdf } from '../src/parse-pdf.js';
import type { Hr21Document } from '../src/schema/document.js';
import { countFields } from './support/field-count.js';
import { fontAvailable, narrowColumn, renderHr21Pdf, styles } from './support/render/index.js';
import { seedExpected } from './support/seed.js';

/** The seed's checked content, re-rendered by the test writer in every style. */
const seed = seedExpected() as unknown as Hr21Document;
const input: Hr21Document = {
  ...seed,
  schemaVersion: 1,
  source: { file: 'matrix.pdf', sha256: '0'.repeat(64), pageCount: 0, title: null, producer: null },
  warnings: [],
};

const content = (document: Hr21Document) => ({ overzicht: document.overzicht, functies: document.functies, modules: document.modules });
const rows: string[] = [];

/** A single export is one function per file, without cover or overview; a book is all of it in one file. */
const exports = {
  'single export': input.functies.map((functie) => ({ ...input, overzicht: [], functies: [functie], modules: [] })),
  'function book': [input],
};

describe.each([...Object.values(styles), narrowColumn])('style $name', (style) => {
  it.skipIf(!fontAvailable(style)).each(Object.entries(exports))('%s: every field of the seed content comes back', async (mode, documents) => {
    const book = mode === 'function book';
    let matched = 0;
    let total = 0;
    let pages = 0;
    for (const source of documents) {
      const { bytes, document } = await renderHr21Pdf(source, style, { book });
      const parsed = await parsePdf(bytes, { fileName: 'matrix.pdf' });
      const count = countFields(content(document), content(parsed));
      matched += count.matched;
      total += count.total;
      pages += document.source.pageCount;
      const differences = diffJson(content(document), content(parsed));
      if (differences.length > 0) expect.fail(`${differences.length} differences:\n${formatDifferences(differences, content(document))}`);
      expect(count.mismatched).toEqual([]);
      // The overview of the seed gives one function another functiegroep; nothing else is reported.
      expect(parsed.warnings.map((warning) => `${warning.code}: ${warning.message}`)).toEqual(book ? [expect.stringMatching(/^OVERZICHT_FUNCTIEGROEP_AFWIJKEND/)] : []);
    }
    rows.push(`| ${style.name} | ${mode} | ${documents.length} | ${pages} | ${matched} / ${total} | ${((100 * matched) / total).toFixed(1)} % |`);
  });
});

afterAll(() => {
  const table = ['| style | mode | files | pages | fields matched / total | |', '| --- | --- | ---: | ---: | ---: | ---: |', ...rows.sort()].join('\n');
  mkdirSync(new URL('./artifacts/', import.meta.url), { recursive: true });
  writeFileSync(new URL('./artifacts/style-matrix.md', import.meta.url), `${table}\n`);
});
