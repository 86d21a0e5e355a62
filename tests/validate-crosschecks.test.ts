import { describe, expect, it } from 'vitest';
import type { ParsedFunctie } from '../src/parse/functie.js';
import type { OverzichtRij } from '../src/schema/document.js';
import { checkCodeLevel, checkNumbering, checkSections } from '../src/validate/crosschecks.js';
import { matchOverzicht, namesMatch } from '../src/validate/overzicht-match.js';

function functie(overrides: Partial<ParsedFunctie> = {}): ParsedFunctie {
  return {
    naam: 'Adviseur III',
    code: 'N03.01.06',
    functiereeks: { naam: 'Beleid', omschrijving: 'Het adviseren over beleid.' },
    functiegroep: { naam: 'Advies', omschrijving: 'Advisering.' },
    generiekeTaken: true,
    overwegendeFunctiekenmerken: ['adviseert'],
    resultaatgebieden: [{ nummer: 1, titel: 'Advies', taken: ['adviseert'] }],
    modules: [],
    paginas: { van: 14, tot: 15 },
    ...overrides,
  };
}

const rij = (overrides: Partial<OverzichtRij> = {}): OverzichtRij => ({ pagina: 14, naam: 'Adviseur III', functiegroep: 'Advies', indicatieveSchaal: 11, ...overrides });
const codes = (warnings: { code: string }[]) => warnings.map((warning) => warning.code);

describe('validate/crosschecks', () => {
  it('accepts a code whose last part matches the roman level of the name', () => {
    expect(checkCodeLevel(functie())).toEqual([]);
  });

  it('warns when the code does not match the roman level (III → 06)', () => {
    expect(codes(checkCodeLevel(functie({ code: 'N03.01.04' })))).toEqual(['CODE_NIVEAU_AFWIJKEND']);
  });

  it('warns when resultaatgebieden are not numbered 1..n', () => {
    const gebied = { titel: 'x', taken: ['y'] };
    expect(codes(checkNumbering(functie({ resultaatgebieden: [{ nummer: 1, ...gebied }, { nummer: 3, ...gebied }] })))).toEqual(['RESULTAATGEBIED_NUMMERING']);
  });

  it('says which sections are missing or empty', () => {
    const warnings = checkSections(functie({ code: null, functiereeks: null, overwegendeFunctiekenmerken: [], resultaatgebieden: [{ nummer: 1, titel: 'Advies', taken: [] }] }));
    expect(warnings.map((warning) => `${warning.code}: ${warning.message}`)).toEqual([
      'SECTIE_ONTBREEKT: "Adviseur III" (page 14) has no code',
      'SECTIE_ONTBREEKT: "Adviseur III" (page 14) has no functiereeks',
      'SECTIE_ONTBREEKT: "Adviseur III" (page 14) has no overwegende functiekenmerken',
      'SECTIE_LEEG: "Adviseur III" (page 14): resultaatgebied 1 is empty',
    ]);
  });
});

describe('validate/overzicht-match', () => {
  it('matches names ignoring case and whitespace, and a short name that is a word-boundary prefix', () => {
    expect(namesMatch('Medewerker Administratief &  Secretarieel II', 'Medewerker administratief & secretarieel II')).toBe(true);
    expect(namesMatch('Algemeen directeur', 'Algemeen directeur/(gemeente)secretaris')).toBe(true);
    expect(namesMatch('Manager II', 'Manager III')).toBe(false);
  });

  it('pairs rows with functions by page and name without warnings when they agree', () => {
    const result = matchOverzicht([rij()], 2, [functie()], []);
    expect(result.byRow[0]).toMatchObject({ kind: 'functie', index: 0 });
    expect(result.warnings).toEqual([]);
  });

  it('warns about a row without function and a function missing from the overview', () => {
    const result = matchOverzicht([rij({ naam: 'Adviseur I', pagina: 12 })], 2, [functie()], []);
    expect(codes(result.warnings)).toEqual(['OVERZICHT_ZONDER_FUNCTIE', 'FUNCTIE_NIET_IN_OVERZICHT']);
  });

  it('matches by name when the page differs, and warns about the page', () => {
    const result = matchOverzicht([rij({ pagina: 13 })], 2, [functie()], []);
    expect(codes(result.warnings)).toEqual(['OVERZICHT_PAGINA_AFWIJKEND']);
  });

  it('matches by page when the name differs, and warns about the name', () => {
    const result = matchOverzicht([rij({ naam: 'Beleidsadviseur' })], 2, [functie()], []);
    expect(codes(result.warnings)).toEqual(['OVERZICHT_NAAM_AFWIJKEND']);
  });

  it('matches a "Module X" row with module X', () => {
    const module = { naam: 'Coördinatie', code: null, taken: [], paginas: { van: 34, tot: 34 } };
    const result = matchOverzicht([rij({ pagina: 34, naam: 'Module Coördinatie', functiegroep: null, indicatieveSchaal: null })], 2, [], [module]);
    expect(result.byRow[0]).toMatchObject({ kind: 'module' });
    expect(result.warnings).toEqual([]);
  });

  it('reads an appended export’s overview, which counts pages from its own cover, against its own functions', () => {
    // The second export starts on page 31 of the file: its overview says 3 and 5 for pages 33 and 35.
    const functies = [functie({ paginas: { van: 33, tot: 34 } }), functie({ naam: 'Adviseur II', code: 'N03.01.04', paginas: { van: 35, tot: 36 } })];
    const rows = [rij({ pagina: 3 }), rij({ pagina: 5, naam: 'Adviseur II', indicatieveSchaal: 9 })];
    const result = matchOverzicht(rows, 32, functies, [], { functie: 7, module: 0, appended: true });
    expect(result.byRow.map((target) => target?.index)).toEqual([7, 8]);
    expect(result.warnings).toEqual([]);
  });
});
