import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../src/diff/index.js';
import { comparable } from '../src/parse/text.js';
import type { Change } from '../src/schema/diff.js';
import type { Functie, Hr21Document } from '../src/schema/document.js';
import { hr21Document } from './support/arbitrary-document.js';

/** Fixed in CI so a run is reproducible; HR21_PROPERTY_SEED and HR21_PROPERTY_RUNS explore further. */
const seed = Number(process.env.HR21_PROPERTY_SEED ?? 20261202);
const numRuns = Number(process.env.HR21_PROPERTY_RUNS ?? 500);

const FUNCTIE_EDITS = ['rename', 'recode', 'rewordTaak', 'insertTaak', 'removeTaak', 'moveTaak', 'addKenmerk', 'schaal', 'generiekeTaken', 'insertGebied'] as const;
type FunctieEdit = (typeof FUNCTIE_EDITS)[number];
const DOCUMENT_EDITS = ['none', 'insertFunctie', 'removeFunctie', 'overzichtSchaal'] as const;

/** Words the random documents never hold, so an edit's text is never mistaken for another item. */
let fresh = 0;
const freshWords = (count: number) => Array.from({ length: count }, () => `qz${(fresh++).toString(36)}x`).join(' ');

/** A change as the property counts it: what, and in which function (or part of the document). */
function key(change: Change): string {
  const pointer = change.kind === 'removed' ? change.oldPointer : change.newPointer;
  const where = pointer.startsWith('/functies/') ? `functie ${change.functie?.code}` : pointer.split('/')[1];
  return `${change.kind} ${change.subject} ${where}`;
}

/** Applies one edit to a function and says which change it must produce. */
function editFunctie(functie: Functie, edit: FunctieEdit, pick: number): string {
  const gebied = functie.resultaatgebieden[pick % functie.resultaatgebieden.length]!;
  const at = (length: number) => pick % (length + 1);
  const where = () => `functie ${functie.code}`;
  switch (edit) {
    case 'rename':
      functie.naam = `Functie ${freshWords(1)}`;
      return `changed naam ${where()}`;
    case 'recode':
      functie.code = `N99.${String(pick % 100).padStart(2, '0')}.${String(fresh++ % 100).padStart(2, '0')}`;
      return `changed code ${where()}`;
    case 'rewordTaak': {
      const index = pick % gebied.taken.length;
      gebied.taken[index] = `${gebied.taken[index]} ${freshWords(1 + (pick % 3))}`;
      return `changed taak ${where()}`;
    }
    case 'insertTaak':
      gebied.taken.splice(at(gebied.taken.length), 0, `verzorgt ${freshWords(3)}`);
      return `added taak ${where()}`;
    case 'removeTaak':
      gebied.taken.splice(pick % gebied.taken.length, 1);
      return `removed taak ${where()}`;
    case 'moveTaak': {
      if (gebied.taken.length < 2) return editFunctie(functie, 'insertTaak', pick);
      const count = gebied.taken.length;
      const from = pick % count;
      const [taak] = gebied.taken.splice(from, 1) as [string];
      // Anywhere but where it was.
      gebied.taken.splice((from + 1 + ((pick >> 2) % (count - 1))) % count, 0, taak);
      return `moved taak ${where()}`;
    }
    case 'addKenmerk':
      functie.overwegendeFunctiekenmerken.splice(at(functie.overwegendeFunctiekenmerken.length), 0, `heeft ${freshWords(2)}`);
      return `added kenmerk ${where()}`;
    case 'schaal':
      functie.indicatieveSchaal = (functie.indicatieveSchaal ?? 0) + 1;
      return `changed indicatieveSchaal ${where()}`;
    case 'generiekeTaken':
      functie.generiekeTaken = !functie.generiekeTaken;
      return `changed generiekeTaken ${where()}`;
    case 'insertGebied':
      functie.resultaatgebieden.splice(at(functie.resultaatgebieden.length), 0, { nummer: 0, titel: `Gebied ${freshWords(1)}`, taken: [`bewaakt ${freshWords(2)}`] });
      functie.resultaatgebieden.forEach((each, index) => (each.nummer = index + 1));
      return `added resultaatgebied ${where()}`;
  }
}

/** Random documents whose items can be told apart: two equal taken would make any pairing a guess. */
function distinct(document: Hr21Document): boolean {
  const unique = (list: readonly (string | null)[]) => new Set(list.map((item) => (item === null ? null : comparable(item)))).size === list.length;
  return (
    unique(document.functies.map((f) => f.code)) &&
    unique(document.functies.map((f) => f.naam)) &&
    unique(document.overzicht.map((rij) => rij.naam)) &&
    document.functies.every((f) => unique(f.overwegendeFunctiekenmerken) && unique(f.resultaatgebieden.flatMap((g) => g.taken)) && unique(f.resultaatgebieden.map((g) => g.titel).filter((t) => t !== null)))
  );
}

const plan = fc.record({
  functieEdits: fc.array(fc.option(fc.constantFrom(...FUNCTIE_EDITS), { nil: null }), { minLength: 2, maxLength: 2 }),
  documentEdit: fc.constantFrom(...DOCUMENT_EDITS),
  picks: fc.array(fc.nat({ max: 1000 }), { minLength: 4, maxLength: 4 }),
});

describe('diffDocuments on random documents and random edits', () => {
  it('reports nothing for an unedited copy', () => {
    fc.assert(
      fc.property(hr21Document, (document) => {
        expect(diffDocuments(document, structuredClone(document)).changes).toEqual([]);
      }),
      { seed, numRuns },
    );
  });

  it(`reports exactly the edits made, one change each (${numRuns} runs, seed ${seed})`, () => {
    fc.assert(
      fc.property(hr21Document, plan, (old, { functieEdits, documentEdit, picks }) => {
        fc.pre(distinct(old));
        const neu = structuredClone(old);
        const expected: string[] = [];
        neu.functies.forEach((functie, index) => {
          const edit = functieEdits[index];
          if (edit) expected.push(editFunctie(functie, edit, picks[index] as number));
        });
        const pick = picks[3] as number;
        const untouched = neu.functies.map((_, index) => index).filter((index) => !functieEdits[index]);
        if (documentEdit === 'insertFunctie') {
          const code = `N98.${String(pick % 100).padStart(2, '0')}.01`;
          const inserted: Functie = { ...structuredClone(old.functies[0] as Functie), code, naam: `Nieuwe functie ${freshWords(1)}` };
          neu.functies.splice(pick % (neu.functies.length + 1), 0, inserted);
          expected.push(`added functie functie ${code}`);
        } else if (documentEdit === 'removeFunctie' && untouched.length > 0) {
          const [removed] = neu.functies.splice(untouched[pick % untouched.length] as number, 1) as [Functie];
          expected.push(`removed functie functie ${removed.code}`);
        } else if (documentEdit === 'overzichtSchaal' && neu.overzicht.length > 0) {
          const rij = neu.overzicht[pick % neu.overzicht.length]!;
          rij.indicatieveSchaal = (rij.indicatieveSchaal ?? 0) + 1;
          expected.push('changed indicatieveSchaal overzicht');
        }
        const changes = diffDocuments(old, neu).changes;
        expect(changes.map(key).sort()).toEqual(expected.sort());
      }),
      { seed, numRuns },
    );
  });
});
