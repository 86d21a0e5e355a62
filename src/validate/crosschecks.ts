import type { Module, Warning } from '../schema/document.js';
import type { ParsedFunctie } from '../parse/functie.js';

/** HR21 levels: the roman numeral in the name fixes the last part of the code. */
const LEVEL_CODES: Record<string, string> = { I: '02', II: '04', III: '06', IV: '08', V: '10' };

function label(functie: ParsedFunctie): string {
  return `"${functie.naam ?? '(zonder naam)'}" (page ${functie.paginas.van})`;
}

export function checkCodeLevel(functie: ParsedFunctie): Warning[] {
  const roman = functie.naam?.match(/\b(I|II|III|IV|V)$/)?.[1];
  const suffix = functie.code?.match(/\.(\d+)$/)?.[1];
  if (!roman || !suffix || LEVEL_CODES[roman] === suffix) return [];
  return [
    {
      code: 'CODE_NIVEAU_AFWIJKEND',
      message: `${label(functie)}: code ${functie.code} ends in ${suffix}, level ${roman} means ${LEVEL_CODES[roman]}`,
      page: functie.paginas.van,
    },
  ];
}

export function checkNumbering(functie: ParsedFunctie): Warning[] {
  const numbers = functie.resultaatgebieden.map((gebied) => gebied.nummer);
  if (numbers.every((nummer, index) => nummer === index + 1)) return [];
  return [
    {
      code: 'RESULTAATGEBIED_NUMMERING',
      message: `${label(functie)}: resultaatgebieden are numbered ${numbers.join(', ')} instead of 1 to ${numbers.length}`,
      page: functie.paginas.van,
    },
  ];
}

/** Sections a function must have: missing or empty ones are said, so nobody mistakes a gap for content. */
export function checkSections(functie: ParsedFunctie): Warning[] {
  const warnings: Warning[] = [];
  const missing = (what: string) =>
    warnings.push({ code: 'SECTIE_ONTBREEKT', message: `${label(functie)} has no ${what}`, page: functie.paginas.van });
  const empty = (what: string) =>
    warnings.push({ code: 'SECTIE_LEEG', message: `${label(functie)}: ${what} is empty`, page: functie.paginas.van });
  if (functie.naam === null) missing('"Naam functie"');
  if (functie.code === null) missing('code');
  if (functie.functiereeks === null) missing('functiereeks');
  else if (functie.functiereeks.omschrijving === null) empty(`the description of functiereeks ${functie.functiereeks.naam}`);
  if (functie.functiegroep === null) missing('functiegroep');
  else if (functie.functiegroep.omschrijving === null) empty(`the description of functiegroep ${functie.functiegroep.naam}`);
  if (functie.overwegendeFunctiekenmerken.length === 0) missing('overwegende functiekenmerken');
  if (functie.resultaatgebieden.length === 0) missing('resultaatgebieden');
  for (const gebied of functie.resultaatgebieden) {
    if (gebied.titel === null) missing(`title for resultaatgebied ${gebied.nummer}`);
    if (gebied.taken.length === 0) empty(`resultaatgebied ${gebied.nummer}`);
  }
  return warnings;
}

export function checkModule(module: Module): Warning[] {
  const warnings: Warning[] = [];
  const where = `module "${module.naam ?? '(zonder naam)'}" (page ${module.paginas.van})`;
  if (module.naam === null) warnings.push({ code: 'SECTIE_ONTBREEKT', message: `${where} has no "Modulenaam"`, page: module.paginas.van });
  if (module.taken.length === 0) warnings.push({ code: 'SECTIE_ONTBREEKT', message: `${where} has no module taken`, page: module.paginas.van });
  for (const taak of module.taken) {
    if (taak.activiteiten.length === 0) {
      warnings.push({ code: 'SECTIE_LEEG', message: `${where}: taak ${taak.nummer} has no activiteiten`, page: module.paginas.van });
    }
  }
  return warnings;
}
