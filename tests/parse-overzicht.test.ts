import { describe, expect, it } from 'vitest';
import { Ledger } from '../src/parse/ledger.js';
import { parseOverzicht } from '../src/parse/overzicht.js';
import { item, linesOf } from './support/items.js';

const header = [item('Pagina', 76, 700), item('Naam functie', 122, 700), item('Functiegroep', 297, 700), item('Indicatieve', 393, 700)];

describe('parse/overzicht', () => {
  it('reads rows by the header columns, "-" as empty, and a name cell wrapped over two lines', () => {
    const lines = linesOf([
      ...header,
      item('schaal', 393, 688),
      item('4', 76, 670), item('Algemeen directeur', 122, 670), item('Strategisch I', 297, 670), item('16', 393, 670),
      item('32', 76, 655), item('Medewerker Administratief &', 122, 655), item('Ondersteuning', 297, 655), item('7', 393, 655),
      item('Secretarieel II', 122, 643),
      item('34', 76, 628), item('Module Coördinatie', 122, 628), item('-', 297, 628), item('-', 393, 628),
    ]);
    const ledger = new Ledger();
    expect(parseOverzicht(lines, ledger, 0)).toEqual([
      { pagina: 4, naam: 'Algemeen directeur', functiegroep: 'Strategisch I', indicatieveSchaal: 16 },
      { pagina: 32, naam: 'Medewerker Administratief & Secretarieel II', functiegroep: 'Ondersteuning', indicatieveSchaal: 7 },
      { pagina: 34, naam: 'Module Coördinatie', functiegroep: null, indicatieveSchaal: null },
    ]);
    expect(lines.every((line) => ledger.isClaimed(line))).toBe(true);
    expect(ledger.warnings).toEqual([]);
  });

  it('skips the header repeated on the next page and goes on with the rows', () => {
    const lines = [
      ...linesOf([...header, item('4', 76, 670), item('Adviseur I', 122, 670), item('Advies', 297, 670), item('13', 393, 670)], 1),
      ...linesOf([...header, item('6', 76, 670), item('Adviseur III', 122, 670), item('Advies', 297, 670), item('11', 393, 670)], 2),
    ];
    expect(parseOverzicht(lines, new Ledger(), 0).map((rij) => rij.pagina)).toEqual([4, 6]);
  });

  it('warns about a schaal that is not a number and reports text that is no row', () => {
    const lines = linesOf([...header, item('4', 76, 670), item('Adviseur I', 122, 670), item('Advies', 297, 670), item('13a', 393, 670), item('* voorlopig', 76, 640)]);
    const ledger = new Ledger();
    expect(parseOverzicht(lines, ledger, 0)[0]?.indicatieveSchaal).toBeNull();
    expect(ledger.warnings.map((warning) => warning.code).sort()).toEqual(['OVERZICHT_SCHAAL_ONLEESBAAR', 'REGEL_NIET_HERKEND']);
  });
});
