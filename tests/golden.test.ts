import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffJson, formatDifferences } from '../src/diff/index.js';
import { parsePdfDetailed } from '../src/parse-pdf.js';
import { seedExpected, seedPdf } from './support/seed.js';

const outcome = await parsePdfDetailed(seedPdf(), { fileName: 'hr21-normfuncties-selectie.pdf' });
const document = outcome.document;
const expected = seedExpected();
/** The checked-by-hand content, kept beside the repository in every session and in CI. */
const sharedContent = new URL('../../shared/fixtures/seed/expected-content.json', import.meta.url);

/** Fails with a field-by-field report instead of a wall of JSON. */
function expectSame(actual: unknown, wanted: unknown): void {
  const differences = diffJson(wanted, actual);
  if (differences.length > 0) expect.fail(`${differences.length} differences:\n${formatDifferences(differences, wanted)}`);
}

describe('seed document (LibreOffice function book, 34 pages)', () => {
  it('parses the overview, the functions and the module exactly as expected, field by field', () => {
    expectSame(
      { source: { file: document.source.file, pageCount: document.source.pageCount }, overzicht: document.overzicht, functies: document.functies, modules: document.modules },
      { source: expected.source, overzicht: expected.overzicht, functies: expected.functies, modules: expected.modules },
    );
  });

  it.skipIf(!existsSync(sharedContent))('has the same content as ../shared/fixtures/seed/expected-content.json', () => {
    const content: unknown = JSON.parse(readFileSync(sharedContent, 'utf8'));
    const strip = ({ paginas: _p, indicatieveSchaal: _s, ...rest }: Record<string, unknown>) => rest;
    const { paginas: _mp, ...module } = document.modules[0] as Record<string, unknown>;
    expectSame({ overzicht: document.overzicht, functies: document.functies.map(strip), modules: [module] }, content);
  });

  it('counts 15 functions, 16 overview rows and 1 module', () => {
    expect([document.functies.length, document.overzicht.length, document.modules.length]).toEqual([15, 16, 1]);
  });

  it('warns only that the overview gives "Medewerker administratief & secretarieel II" another functiegroep', () => {
    expect(document.warnings.map((warning) => [warning.code, warning.page])).toEqual([['OVERZICHT_FUNCTIEGROEP_AFWIJKEND', 2]]);
    expect(document.warnings[0]?.message).toContain('Ondersteuning');
  });

  it('accounts for every text line as a field or as page furniture, none as a warning', () => {
    const lines = outcome.layout.pages.flatMap((page) => page.lines);
    expect(lines.length).toBeGreaterThan(600);
    const unaccounted = lines.filter((line) => !outcome.roles.has(line.id) || outcome.roles.get(line.id)?.kind === 'warning');
    expect(unaccounted.map((line) => `${line.page}: ${line.text}`)).toEqual([]);
  });

  it('records the input file by name and hash, with the PDF metadata', () => {
    expect(document.source).toMatchObject({
      file: 'hr21-normfuncties-selectie.pdf',
      pageCount: 34,
      title: 'HR21 Functiebeschrijvingen – selectie normfuncties',
      producer: 'LibreOffice 7.4',
    });
    expect(document.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
