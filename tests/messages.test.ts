import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { cliLanguage } from '../src/cli/language-option.js';
import { type ErrorCode, errorCodes, type ErrorParams } from '../src/errors/hr21-error.js';
import { catalogues, languageOfLocale, languages } from '../src/messages/language.js';
import { describeError, describeWarning } from '../src/messages/render.js';
import { parsePdfDetailed } from '../src/parse-pdf.js';
import { type WarningCode, warningCodes, type WarningParams } from '../src/warnings/warning-codes.js';
import { hr21, projectRoot, temporaryFolder } from './support/cli.js';
import { html } from './support/hostile/index.js';
import { seedPdf, seedPdfPath } from './support/seed.js';
import { writeFileSync } from 'node:fs';

const functie = { kind: 'functie', naam: 'Adviseur III', page: 12 } as const;

/** One example of each warning's values: the compiler insists on every code. */
const warningExamples: { [C in WarningCode]: WarningParams[C] } = {
  PDF_HERSTELD: {},
  PAGINA_ONLEESBAAR: { page: 4, reason: 'Invalid XRef' },
  CODE_NIVEAU_AFWIJKEND: { subject: functie, code: 'N01.02.04', suffix: '04', level: 'III', expected: '06' },
  RESULTAATGEBIED_NUMMERING: { subject: functie, numbers: [1, 3] },
  SECTIE_ONTBREEKT: { subject: functie, section: 'resultaatgebiedTitel', nummer: 2 },
  SECTIE_LEEG: { subject: { kind: 'module', naam: null, page: 30 }, section: 'moduleTaak', nummer: 1 },
  OVERZICHT_FUNCTIEGROEP_AFWIJKEND: { naam: 'Adviseur III', overzicht: 'Beleid', page: 12, functie: 'Advies' },
  OVERZICHT_ZONDER_FUNCTIE: { naam: 'Adviseur IV', page: null },
  OVERZICHT_NAAM_AFWIJKEND: { target: functie, naam: 'Adviseur 3' },
  OVERZICHT_PAGINA_AFWIJKEND: { target: functie, page: 13 },
  FUNCTIE_NIET_IN_OVERZICHT: { target: functie },
  MODULE_NIET_IN_OVERZICHT: { target: { kind: 'module', naam: 'Coördinatie', page: 33 } },
  OVERZICHT_SCHAAL_ONLEESBAAR: { naam: 'Adviseur III', page: 2, schaal: 'tien' },
  REGEL_NIET_HERKEND: { page: 7, line: 'een verdwaalde regel' },
  KOP_ONBEKEND: { page: 7, line: 'Opmerkingen' },
  SECTIE_ZONDER_NAAM: { page: 7, line: 'Functiereeks:' },
  SECTIE_DUBBEL: { page: 7, line: 'Functiegroep Advies' },
  OCR_GEBRUIKT: { pages: [1, 2], reason: 'undecodable' },
  OCR_ONZEKER: { page: 3, pointer: '/functies/0/naam', words: ['Adviseur'] },
};

const errorExamples: { [C in ErrorCode]: ErrorParams[C] } = {
  HR21_NOT_PDF: { start: 'markup' },
  HR21_DAMAGED: { detail: 'Invalid PDF structure' },
  HR21_ENCRYPTED: { passwordGiven: false },
  HR21_NO_TEXT: { scanned: true },
  HR21_NOT_HR21: {},
  HR21_TIMEOUT: { seconds: 60 },
  HR21_TOO_LARGE: { unit: 'pages', size: 20_000, limit: 10_000 },
  HR21_IO: { pattern: 'exports/*.pdf' },
  HR21_INTERNAL: { detail: 'functies/0/naam: too short' },
};

/** Codes as the source raises them: `code: 'X'`, ledger rejections, and Hr21Error. */
function codesInSource(): Set<string> {
  const found = new Set<string>();
  const patterns = [/\bcode: '([A-Z][A-Z0-9_]+)'/g, /\breject(?:All)?\([^)]*?'([A-Z][A-Z0-9_]+)'/g, /new Hr21Error\(\s*'([A-Z0-9_]+)'/g, /\? '([A-Z][A-Z0-9_]+_[A-Z0-9_]+)' : '([A-Z][A-Z0-9_]+)'/g];
  for (const file of fg.sync('src/**/*.ts', { cwd: projectRoot })) {
    const source = readFileSync(join(projectRoot, file), 'utf8');
    for (const pattern of patterns) for (const match of source.matchAll(pattern)) for (const code of match.slice(1)) if (code) found.add(code);
  }
  return found;
}

describe('message catalogue', () => {
  it('has a Dutch and an English title and text for every warning code and every error code', () => {
    for (const language of languages) {
      const catalogue = catalogues[language];
      expect(Object.keys(catalogue.warnings).sort()).toEqual([...warningCodes].sort());
      expect(Object.keys(catalogue.errors).sort()).toEqual([...errorCodes].sort());
    }
    for (const code of warningCodes) {
      const [nl, en] = languages.map((language) => describeWarning(catalogues[language], { code, message: 'stable', page: 1, params: warningExamples[code] } as never));
      for (const text of [nl, en]) expect(text).not.toMatch(/undefined|\[object|NaN|^stable$/);
      expect(nl, code).not.toBe(en);
    }
    for (const code of errorCodes) {
      const [nl, en] = languages.map((language) => describeError(catalogues[language], { code, message: 'stable', params: errorExamples[code] } as never));
      for (const text of [nl, en]) expect(text).not.toMatch(/undefined|\[object|NaN|^stable$/);
      expect(nl, code).not.toBe(en);
    }
  });

  it('knows every code the source raises, so a code added elsewhere fails here until it is worded', () => {
    const known = new Set<string>([...warningCodes, ...errorCodes]);
    const unknown = [...codesInSource()].filter((code) => !known.has(code));
    expect(unknown).toEqual([]);
    expect(codesInSource().size).toBeGreaterThan(15);
  });

  it('words the sample’s warning in Dutch from its values, while the JSON keeps its English message', async () => {
    const outcome = await parsePdfDetailed(seedPdf(), { fileName: 'sample.pdf' });
    const [coded] = outcome.warnings;
    expect(coded?.code).toBe('OVERZICHT_FUNCTIEGROEP_AFWIJKEND');
    expect(describeWarning(catalogues.nl, coded as never)).toMatch(/^Het overzicht geeft “Medewerker Administratief & Secretarieel II” functiegroep “Ondersteuning”, de functie op pagina 32 zegt “Administratief & secretarieel”\.$/);
    expect(outcome.document.warnings[0]).toEqual({ code: coded?.code, message: coded?.message, page: coded?.page });
    expect(Object.keys(outcome.document.warnings[0] ?? {})).toEqual(['code', 'message', 'page']);
  });

  it('falls back to the title and the stable message when a warning comes without its values (a document read back)', () => {
    const text = describeWarning(catalogues.nl, { code: 'SECTIE_LEEG', message: 'module "X" (page 3): taak 1 has no activiteiten', page: 3 });
    expect(text).toBe('Onderdeel leeg (module "X" (page 3): taak 1 has no activiteiten)');
    expect(describeWarning(catalogues.nl, { code: 'NIEUWE_CODE', message: 'something new', page: null })).toBe('something new');
  });
});

describe('language of the command line', () => {
  it('takes --lang, then HR21_LANG, then a Dutch or English locale, else English', () => {
    expect(cliLanguage('nl', { HR21_LANG: 'en' })).toBe('nl');
    expect(cliLanguage(undefined, { HR21_LANG: 'nl', LANG: 'en_US.UTF-8' })).toBe('nl');
    expect(cliLanguage(undefined, { LANG: 'nl_NL.UTF-8' })).toBe('nl');
    expect(cliLanguage(undefined, { LC_ALL: 'en_GB.UTF-8', LANG: 'nl_NL.UTF-8' })).toBe('en');
    expect(cliLanguage(undefined, { LANG: 'C.UTF-8' })).toBe('en');
    expect(cliLanguage(undefined, {})).toBe('en');
    expect(languageOfLocale('nld')).toBeUndefined();
    expect(() => cliLanguage('de', {})).toThrow(/--lang takes one of nl, en, not "de"/);
  });

  it('prints the per-file lines and the coded error in Dutch with --lang nl; the files written stay the same', () => {
    const folder = temporaryFolder();
    writeFileSync(join(folder, 'kapot.pdf'), html());
    const [dutch, english] = ['nl', 'en'].map((lang) => {
      const out = join(folder, `out-${lang}`);
      const run = hr21(['parse', seedPdfPath, join(folder, 'kapot.pdf'), '--out', out, '--format', 'json', '--lang', lang]);
      return { run, json: readFileSync(join(out, 'hr21-normfuncties-selectie.json'), 'utf8'), index: readFileSync(join(out, 'index.json'), 'utf8') };
    });
    expect(dutch?.run.stderr).toMatch(/hr21-normfuncties-selectie\.pdf: 15 functies, 1 modules, 34 pagina’s, 1 waarschuwing$/m);
    expect(dutch?.run.stderr).toMatch(/^FAIL .*kapot\.pdf: HR21_NOT_PDF: Dit is geen PDF: het lijkt op HTML of XML\.$/m);
    expect(english?.run.stderr).toMatch(/^FAIL .*kapot\.pdf: HR21_NOT_PDF: not a PDF: it looks like HTML or XML$/m);
    expect(dutch?.json).toBe(english?.json);
    expect(dutch?.index).toBe(english?.index);
  });
});
