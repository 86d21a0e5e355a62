import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../src/diff/index.js';
import type { Functie, Hr21Document } from '../src/schema/document.js';
import { documentDiffSchema } from '../src/schema/diff.js';

function functie(code: string, naam: string, taken: string[][] = [['voert taak een uit', 'voert taak twee uit']]): Functie {
  return {
    naam,
    code,
    functiereeks: { naam: 'Beleid', omschrijving: null },
    functiegroep: { naam: 'Advies', omschrijving: null },
    generiekeTaken: false,
    overwegendeFunctiekenmerken: ['werkt zelfstandig binnen kaders', 'adviseert het management'],
    resultaatgebieden: taken.map((list, index) => ({ nummer: index + 1, titel: `Gebied ${naam} ${index + 1}`, taken: list })),
    modules: [],
    indicatieveSchaal: 9,
    paginas: { van: 3, tot: 4 },
  };
}

function book(functies: Functie[]): Hr21Document {
  return {
    schemaVersion: 1,
    source: { file: 'boek.pdf', sha256: 'a'.repeat(64), pageCount: 40, title: null, producer: null },
    overzicht: functies.map((f) => ({ pagina: f.paginas.van, naam: f.naam ?? '', functiegroep: f.functiegroep?.naam ?? null, indicatieveSchaal: f.indicatieveSchaal })),
    functies,
    modules: [],
    warnings: [],
  };
}

const base = () =>
  book([
    functie('N01.01.01', 'Adviseur I'),
    functie('N01.01.02', 'Adviseur II', [['stelt beleid op', 'bewaakt de planning', 'overlegt met partners'], ['beheert het budget']]),
    functie('N01.01.03', 'Adviseur III'),
  ]);

/** The changes without the function they are in: what a test of one rule looks at. */
function changesOf(old: Hr21Document, neu: Hr21Document) {
  const diff = diffDocuments(old, neu);
  expect(documentDiffSchema.parse(diff)).toEqual(diff);
  return diff.changes;
}

describe('diffDocuments pairs HR content, not array positions', () => {
  it('reports nothing for an unedited copy, nor for functions that only moved to other pages', () => {
    const neu = structuredClone(base());
    for (const f of neu.functies) f.paginas = { van: f.paginas.van + 5, tot: f.paginas.tot + 5 };
    for (const rij of neu.overzicht) rij.pagina = (rij.pagina ?? 0) + 5;
    expect(changesOf(base(), neu)).toEqual([]);
  });

  it('reports an inserted function as one addition', () => {
    const neu = base();
    neu.functies.splice(1, 0, functie('N02.01.01', 'Beleidsmedewerker'));
    expect(changesOf(base(), neu).filter((c) => c.subject === 'functie')).toEqual([
      { kind: 'added', subject: 'functie', functie: { code: 'N02.01.01', naam: 'Beleidsmedewerker' }, newPointer: '/functies/1' },
    ]);
  });

  it('reports a removed function as one removal, its overview row as one removed row', () => {
    const neu = base();
    neu.functies.splice(0, 1);
    neu.overzicht.splice(0, 1);
    expect(changesOf(base(), neu)).toEqual([
      { kind: 'removed', subject: 'overzicht', functie: { code: 'N01.01.01', naam: 'Adviseur I' }, text: 'Adviseur I', oldPointer: '/overzicht/0' },
      { kind: 'removed', subject: 'functie', functie: { code: 'N01.01.01', naam: 'Adviseur I' }, oldPointer: '/functies/0' },
    ]);
  });

  it('pairs a function renamed under the same code and reports the new naam', () => {
    const neu = base();
    (neu.functies[1] as Functie).naam = 'Senior adviseur';
    expect(changesOf(base(), neu).filter((c) => 'oldPointer' in c && c.oldPointer.startsWith('/functies'))).toEqual([
      { kind: 'changed', subject: 'naam', functie: { code: 'N01.01.02', naam: 'Senior adviseur' }, old: 'Adviseur II', new: 'Senior adviseur', oldPointer: '/functies/1/naam', newPointer: '/functies/1/naam' },
    ]);
  });

  it('pairs a function by naam when its code changed', () => {
    const neu = base();
    (neu.functies[2] as Functie).code = 'N09.09.09';
    expect(changesOf(base(), neu)).toEqual([
      { kind: 'changed', subject: 'code', functie: { code: 'N09.09.09', naam: 'Adviseur III' }, old: 'N01.01.03', new: 'N09.09.09', oldPointer: '/functies/2/code', newPointer: '/functies/2/code' },
    ]);
  });

  it('reports a reworded taak as one change, not a removal plus an addition', () => {
    const neu = base();
    (neu.functies[1] as Functie).resultaatgebieden[0]!.taken[1] = 'bewaakt de planning en rapporteert daarover';
    expect(changesOf(base(), neu)).toEqual([
      {
        kind: 'changed',
        subject: 'taak',
        functie: { code: 'N01.01.02', naam: 'Adviseur II' },
        old: 'bewaakt de planning',
        new: 'bewaakt de planning en rapporteert daarover',
        oldPointer: '/functies/1/resultaatgebieden/0/taken/1',
        newPointer: '/functies/1/resultaatgebieden/0/taken/1',
      },
    ]);
  });

  it('reports a taak moved within its resultaatgebied, and to another one, as one move each', () => {
    const within = base();
    within.functies[1]!.resultaatgebieden[0]!.taken = ['overlegt met partners', 'stelt beleid op', 'bewaakt de planning'];
    expect(changesOf(base(), within)).toEqual([
      {
        kind: 'moved',
        subject: 'taak',
        functie: { code: 'N01.01.02', naam: 'Adviseur II' },
        text: 'overlegt met partners',
        oldPointer: '/functies/1/resultaatgebieden/0/taken/2',
        newPointer: '/functies/1/resultaatgebieden/0/taken/0',
      },
    ]);
    const across = base();
    const [gebied1, gebied2] = across.functies[1]!.resultaatgebieden;
    gebied2!.taken.push(gebied1!.taken.splice(1, 1)[0] as string);
    expect(changesOf(base(), across)).toEqual([
      expect.objectContaining({ kind: 'moved', subject: 'taak', text: 'bewaakt de planning', oldPointer: '/functies/1/resultaatgebieden/0/taken/1', newPointer: '/functies/1/resultaatgebieden/1/taken/1' }),
    ]);
  });

  it('reports an added kenmerk as one addition', () => {
    const neu = base();
    neu.functies[0]!.overwegendeFunctiekenmerken.splice(1, 0, 'stuurt een team aan');
    expect(changesOf(base(), neu)).toEqual([
      { kind: 'added', subject: 'kenmerk', functie: { code: 'N01.01.01', naam: 'Adviseur I' }, text: 'stuurt een team aan', newPointer: '/functies/0/overwegendeFunctiekenmerken/1' },
    ]);
  });

  it('reports a schaal changed in the overview against the function the row points to', () => {
    const neu = base();
    neu.overzicht[2]!.indicatieveSchaal = 10;
    expect(changesOf(base(), neu)).toEqual([
      { kind: 'changed', subject: 'indicatieveSchaal', functie: { code: 'N01.01.03', naam: 'Adviseur III' }, old: 9, new: 10, oldPointer: '/overzicht/2/indicatieveSchaal', newPointer: '/overzicht/2/indicatieveSchaal' },
    ]);
  });

  it('keeps an overview row with its function through a rename', () => {
    const neu = base();
    neu.functies[0]!.naam = 'Adviseur A';
    neu.overzicht[0]!.naam = 'Adviseur A';
    expect(changesOf(base(), neu).map((c) => [c.kind, c.subject, c.kind === 'changed' ? c.newPointer : ''])).toEqual([
      ['changed', 'naam', '/overzicht/0/naam'],
      ['changed', 'naam', '/functies/0/naam'],
    ]);
  });

  it('pairs resultaatgebieden by titel, so one inserted before others renumbers them without changing them', () => {
    const neu = base();
    const gebieden = neu.functies[1]!.resultaatgebieden;
    gebieden.unshift({ nummer: 1, titel: 'Nieuw gebied', taken: ['coördineert het project'] });
    gebieden.forEach((gebied, index) => (gebied.nummer = index + 1));
    expect(changesOf(base(), neu)).toEqual([
      { kind: 'added', subject: 'resultaatgebied', functie: { code: 'N01.01.02', naam: 'Adviseur II' }, text: 'Nieuw gebied', newPointer: '/functies/1/resultaatgebieden/0' },
    ]);
  });

  it('reports a resultaatgebied renumbered in place as a changed nummer, and reordered ones as a move', () => {
    const renumbered = base();
    renumbered.functies[1]!.resultaatgebieden[1]!.nummer = 3;
    expect(changesOf(base(), renumbered)).toEqual([
      expect.objectContaining({ kind: 'changed', subject: 'nummer', old: 2, new: 3, newPointer: '/functies/1/resultaatgebieden/1/nummer' }),
    ]);
    const reordered = base();
    reordered.functies[1]!.resultaatgebieden.reverse().forEach((gebied, index) => (gebied.nummer = index + 1));
    // Two swapped: either one moved past the other, and nothing else changed.
    expect(changesOf(base(), reordered)).toEqual([expect.objectContaining({ kind: 'moved', subject: 'resultaatgebied' })]);
  });

  it('compares warnings without their page numbers', () => {
    const old = base();
    old.warnings = [{ code: 'SECTIE_LEEG', message: 'functie on page 4: kenmerken is empty', page: 4 }];
    const shifted = structuredClone(old);
    shifted.warnings = [{ code: 'SECTIE_LEEG', message: 'functie on page 6: kenmerken is empty', page: 6 }];
    expect(changesOf(old, shifted)).toEqual([]);
    expect(changesOf(old, base())).toEqual([{ kind: 'removed', subject: 'warning', functie: null, text: 'SECTIE_LEEG: functie on page 4: kenmerken is empty', oldPointer: '/warnings/0' }]);
  });
});
