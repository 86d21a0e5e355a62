import type { Functie, Omschreven } from '../schema/document.js';
import type { Change } from '../schema/diff.js';
import { changedValue, type Scope } from './change-builders.js';
import { mergeMoves } from './moves.js';
import { diffNumberedSections } from './numbered-sections.js';
import { diffStringList } from './string-list.js';

/** A functiereeks or functiegroep: its naam under its own subject, its omschrijving as `omschrijving`. */
function diffOmschreven(scope: Scope, key: 'functiereeks' | 'functiegroep', old: Omschreven | null, neu: Omschreven | null, oldBase: string, newBase: string): Change[] {
  const oldAt = `${oldBase}/${key}`;
  const newAt = `${newBase}/${key}`;
  return [
    ...changedValue(scope, key, old?.naam ?? null, neu?.naam ?? null, old ? `${oldAt}/naam` : oldAt, neu ? `${newAt}/naam` : newAt),
    ...changedValue(scope, 'omschrijving', old?.omschrijving ?? null, neu?.omschrijving ?? null, old ? `${oldAt}/omschrijving` : oldAt, neu ? `${newAt}/omschrijving` : newAt),
  ];
}

/** Everything that changed inside one function, in the order its page reads; its pages are not compared. */
export function diffFunctie(scope: Scope, old: Functie, neu: Functie, oldBase: string, newBase: string): Change[] {
  const sections = (functie: Functie) => functie.resultaatgebieden.map((gebied) => ({ nummer: gebied.nummer, titel: gebied.titel, items: gebied.taken }));
  return mergeMoves([
    ...changedValue(scope, 'naam', old.naam, neu.naam, `${oldBase}/naam`, `${newBase}/naam`),
    ...changedValue(scope, 'code', old.code, neu.code, `${oldBase}/code`, `${newBase}/code`),
    ...diffOmschreven(scope, 'functiereeks', old.functiereeks, neu.functiereeks, oldBase, newBase),
    ...diffOmschreven(scope, 'functiegroep', old.functiegroep, neu.functiegroep, oldBase, newBase),
    ...changedValue(scope, 'generiekeTaken', old.generiekeTaken, neu.generiekeTaken, `${oldBase}/generiekeTaken`, `${newBase}/generiekeTaken`),
    ...diffStringList(scope, 'kenmerk', old.overwegendeFunctiekenmerken, neu.overwegendeFunctiekenmerken, `${oldBase}/overwegendeFunctiekenmerken`, `${newBase}/overwegendeFunctiekenmerken`),
    ...diffNumberedSections(
      scope,
      { section: 'resultaatgebied', item: 'taak', itemsKey: 'taken' },
      sections(old),
      sections(neu),
      `${oldBase}/resultaatgebieden`,
      `${newBase}/resultaatgebieden`,
    ),
    ...diffStringList(scope, 'module', old.modules, neu.modules, `${oldBase}/modules`, `${newBase}/modules`),
    ...changedValue(scope, 'indicatieveSchaal', old.indicatieveSchaal, neu.indicatieveSchaal, `${oldBase}/indicatieveSchaal`, `${newBase}/indicatieveSchaal`),
  ]);
}
