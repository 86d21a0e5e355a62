import type { Module } from '../schema/document.js';
import type { ParsedFunctie } from '../parse/functie.js';
import type { CodedWarning, EmptySection, MissingSection, Subject } from '../warnings/warning-codes.js';

/** HR21 levels: the roman numeral in the name fixes the last part of the code. */
const LEVEL_CODES: Record<string, string> = { I: '02', II: '04', III: '06', IV: '08', V: '10' };

function label(functie: ParsedFunctie): string {
  return `"${functie.naam ?? '(zonder naam)'}" (page ${functie.paginas.van})`;
}

function subjectOf(functie: ParsedFunctie): Subject {
  return { kind: 'functie', naam: functie.naam, page: functie.paginas.van };
}

export function checkCodeLevel(functie: ParsedFunctie): CodedWarning[] {
  const roman = functie.naam?.match(/\b(I|II|III|IV|V)$/)?.[1];
  const suffix = functie.code?.match(/\.(\d+)$/)?.[1];
  const expected = roman === undefined ? undefined : LEVEL_CODES[roman];
  if (!roman || !suffix || !expected || functie.code === null || expected === suffix) return [];
  return [
    {
      code: 'CODE_NIVEAU_AFWIJKEND',
      message: `${label(functie)}: code ${functie.code} ends in ${suffix}, level ${roman} means ${expected}`,
      page: functie.paginas.van,
      params: { subject: subjectOf(functie), code: functie.code, suffix, level: roman, expected },
    },
  ];
}

export function checkNumbering(functie: ParsedFunctie): CodedWarning[] {
  const numbers = functie.resultaatgebieden.map((gebied) => gebied.nummer);
  if (numbers.every((nummer, index) => nummer === index + 1)) return [];
  return [
    {
      code: 'RESULTAATGEBIED_NUMMERING',
      message: `${label(functie)}: resultaatgebieden are numbered ${numbers.join(', ')} instead of 1 to ${numbers.length}`,
      page: functie.paginas.van,
      params: { subject: subjectOf(functie), numbers },
    },
  ];
}

/** Sections a function must have: missing or empty ones are said, so nobody mistakes a gap for content. */
export function checkSections(functie: ParsedFunctie): CodedWarning[] {
  const warnings: CodedWarning[] = [];
  const subject = subjectOf(functie);
  const page = functie.paginas.van;
  const missing = (what: string, section: MissingSection) =>
    warnings.push({ code: 'SECTIE_ONTBREEKT', message: `${label(functie)} has no ${what}`, page, params: { subject, ...section } });
  const empty = (what: string, section: EmptySection) =>
    warnings.push({ code: 'SECTIE_LEEG', message: `${label(functie)}: ${what} is empty`, page, params: { subject, ...section } });
  if (functie.naam === null) missing('"Naam functie"', { section: 'naam' });
  if (functie.code === null) missing('code', { section: 'code' });
  if (functie.functiereeks === null) missing('functiereeks', { section: 'functiereeks' });
  else if (functie.functiereeks.omschrijving === null) {
    const { naam } = functie.functiereeks;
    empty(`the description of functiereeks ${naam}`, { section: 'functiereeksOmschrijving', naam });
  }
  if (functie.functiegroep === null) missing('functiegroep', { section: 'functiegroep' });
  else if (functie.functiegroep.omschrijving === null) {
    const { naam } = functie.functiegroep;
    empty(`the description of functiegroep ${naam}`, { section: 'functiegroepOmschrijving', naam });
  }
  if (functie.overwegendeFunctiekenmerken.length === 0) missing('overwegende functiekenmerken', { section: 'kenmerken' });
  if (functie.resultaatgebieden.length === 0) missing('resultaatgebieden', { section: 'resultaatgebieden' });
  for (const { nummer, titel, taken } of functie.resultaatgebieden) {
    if (titel === null) missing(`title for resultaatgebied ${nummer}`, { section: 'resultaatgebiedTitel', nummer });
    if (taken.length === 0) empty(`resultaatgebied ${nummer}`, { section: 'resultaatgebied', nummer });
  }
  return warnings;
}

export function checkModule(module: Module): CodedWarning[] {
  const warnings: CodedWarning[] = [];
  const page = module.paginas.van;
  const subject: Subject = { kind: 'module', naam: module.naam, page };
  const where = `module "${module.naam ?? '(zonder naam)'}" (page ${page})`;
  if (module.naam === null) {
    warnings.push({ code: 'SECTIE_ONTBREEKT', message: `${where} has no "Modulenaam"`, page, params: { subject, section: 'modulenaam' } });
  }
  if (module.taken.length === 0) {
    warnings.push({ code: 'SECTIE_ONTBREEKT', message: `${where} has no module taken`, page, params: { subject, section: 'moduleTaken' } });
  }
  for (const taak of module.taken) {
    if (taak.activiteiten.length === 0) {
      warnings.push({
        code: 'SECTIE_LEEG',
        message: `${where}: taak ${taak.nummer} has no activiteiten`,
        page,
        params: { subject, section: 'moduleTaak', nummer: taak.nummer },
      });
    }
  }
  return warnings;
}
