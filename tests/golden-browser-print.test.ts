import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffJson, formatDifferences } from '../src/diff/index.js';
import { parsePdfDetailed } from '../src/parse-pdf.js';
import type { Hr21Document } from '../src/schema/document.js';
import { countFields } from './support/field-count.js';
import { browserPrinted, dejavuAvailable, type Mix, renderHr21Pdf } from './support/render/index.js';
import { seedExpected } from './support/seed.js';

/**
 * Issue 12's cases: a functieboek printed from the HR21 web application draws the bullets of its
 * function pages and types the dashes of its module pages. Bullet glyphs on some pages once kept
 * the drawn bullets of all others from being read, and list items ran together.
 */
const seed = seedExpected() as unknown as Hr21Document;
const sharedContent = new URL('../../shared/fixtures/seed/expected-content.json', import.meta.url);
const content = (document: Hr21Document) => ({ overzicht: document.overzicht, functies: document.functies, modules: document.modules });

/** The seed's first `count` functions and its module; its overview lists them in that order, the module last. */
function book(count: number): Hr21Document {
  return {
    ...seed,
    schemaVersion: 1,
    source: { file: 'browser.pdf', sha256: '0'.repeat(64), pageCount: 0, title: null, producer: null },
    overzicht: [...seed.overzicht.slice(0, count), ...seed.overzicht.slice(seed.functies.length)],
    functies: seed.functies.slice(0, count),
    warnings: [],
  };
}

const cases: [string, Hr21Document, Mix][] = [
  ['the whole seed content (15 functions and a module, "–" activiteiten)', book(seed.functies.length), browserPrinted.mix],
  ['a 5-function functieboek with a module typed with "-"', book(5), { ...browserPrinted.mix, lists: { activiteiten: '-' } }],
];

describe.skipIf(!dejavuAvailable)('browser-printed functieboek: drawn bullets on function pages, typed dashes on module pages', () => {
  it('renders the seed’s content, as ../shared/fixtures/seed/expected-content.json holds it', () => {
    const [, document] = cases[0] as (typeof cases)[0];
    const strip = ({ paginas: _p, indicatieveSchaal: _s, ...rest }: Record<string, unknown>) => rest;
    expect(document.overzicht).toHaveLength(16);
    if (existsSync(sharedContent)) {
      expect(diffJson(JSON.parse(readFileSync(sharedContent, 'utf8')), { overzicht: document.overzicht, functies: document.functies.map(strip), modules: document.modules.map(strip) })).toEqual([]);
    }
  });

  it.each(cases)('%s parses exactly, field for field, every line accounted for', async (_name, input, mix) => {
    const { bytes, document } = await renderHr21Pdf(input, browserPrinted.style, { book: true, mix });
    const { document: parsed, layout, roles } = await parsePdfDetailed(bytes, { fileName: 'browser.pdf' });
    const differences = diffJson(content(document), content(parsed));
    if (differences.length > 0) expect.fail(`${differences.length} differences:\n${formatDifferences(differences, content(document))}`);
    const count = countFields(content(document), content(parsed));
    expect(count.mismatched).toEqual([]);
    expect(count.total).toBeGreaterThan(200);
    // The seed's overview gives one function another functiegroep; nothing else is reported.
    expect(parsed.warnings.filter((warning) => warning.code !== 'OVERZICHT_FUNCTIEGROEP_AFWIJKEND')).toEqual([]);
    const lines = layout.pages.flatMap((page) => page.lines);
    expect(lines.filter((line) => roles.get(line.id) === undefined || roles.get(line.id)?.kind === 'warning').map((line) => `${line.page}: ${line.text}`)).toEqual([]);
  });
});
