import type { Functie, Hr21Document } from '../../src/schema/document.js';

/**
 * The sample as a municipality's next edition might read: a function added and one dropped,
 * a taak reworded and one moved, a kenmerk added, a schaal raised in the overview.
 */
export function nextEdition(document: Hr21Document): Hr21Document {
  const next = structuredClone(document);
  const adviseur = next.functies.find((functie) => functie.naam === 'Adviseur III') as Functie;
  const [eerste, tweede] = adviseur.resultaatgebieden;
  eerste!.taken[0] = `${eerste!.taken[0]} en rapporteert daarover aan het management`;
  tweede!.taken.unshift(eerste!.taken.splice(1, 1)[0] as string);
  adviseur.overwegendeFunctiekenmerken.push('werkt samen met ketenpartners in de regio');
  const rij = next.overzicht.find((row) => row.naam === 'Adviseur III');
  if (rij) rij.indicatieveSchaal = (rij.indicatieveSchaal ?? 10) + 1;
  const removed = next.functies.findIndex((functie) => functie.naam === 'Programmamanager I');
  next.functies.splice(removed, 1);
  const added: Functie = { ...structuredClone(adviseur), code: 'N03.01.08', naam: 'Adviseur IV', indicatieveSchaal: 12 };
  next.functies.splice(next.functies.indexOf(adviseur) + 1, 0, added);
  return next;
}
