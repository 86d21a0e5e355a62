import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../src/emit/markdown.js';
import type { Hr21Document } from '../src/schema/document.js';
import { seedExpected } from './support/seed.js';

function seedDocument(): Hr21Document {
  const expected = seedExpected() as unknown as Hr21Document;
  return {
    ...expected,
    schemaVersion: 1,
    source: { file: 'hr21-normfuncties-selectie.pdf', sha256: '0'.repeat(64), pageCount: 34, title: 'HR21 Functiebeschrijvingen', producer: null },
    warnings: [{ code: 'OVERZICHT_FUNCTIEGROEP_AFWIJKEND', message: 'overview says "Ondersteuning"', page: 2 }],
  };
}

const hostileTexts = ['*a* _b_ [c](d) <e> # f | g \\ h', '1. starts like a list', '- starts like a bullet', '> quote', '`code`', '&amp; &copy', '’ ´ ë – ~~x~~ http://x.nl'];

function hostileDocument(): Hr21Document {
  const [a = '', b = '', c = '', d = '', e = '', f = '', g = ''] = hostileTexts;
  return {
    schemaVersion: 1,
    source: { file: 'x.pdf', sha256: '1'.repeat(64), pageCount: 1, title: null, producer: null },
    overzicht: [{ pagina: 1, naam: a, functiegroep: g, indicatieveSchaal: 7 }],
    functies: [
      {
        naam: b,
        code: c,
        functiereeks: { naam: d, omschrijving: e },
        functiegroep: { naam: f, omschrijving: g },
        generiekeTaken: false,
        overwegendeFunctiekenmerken: hostileTexts,
        resultaatgebieden: [{ nummer: 1, titel: a, taken: hostileTexts }],
        modules: [e],
        indicatieveSchaal: 7,
        paginas: { van: 1, tot: 1 },
      },
    ],
    modules: [{ naam: f, code: null, taken: [{ nummer: 1, titel: b, activiteiten: hostileTexts }], paginas: { van: 1, tot: 1 } }],
    warnings: [],
  };
}

/** The text of every block a reader sees: headings, paragraphs, list items, table cells. */
function blockTexts(markdown: string): Set<string> {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  const texts = new Set<string>();
  const visit = (node: Nodes) => {
    if (['heading', 'paragraph', 'tableCell'].includes(node.type)) texts.add(toString(node));
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return texts;
}

/** Every string the reader must find as a block of its own (headings add a prefix). */
function expectedBlocks(document: Hr21Document): string[] {
  return [
    ...document.overzicht.flatMap((rij) => [rij.naam, ...(rij.functiegroep ? [rij.functiegroep] : [])]),
    ...document.functies.flatMap((functie) => [
      ...(functie.naam ? [functie.naam] : []),
      ...(functie.code ? [functie.code] : []),
      functie.functiereeks?.omschrijving ?? '',
      functie.functiegroep?.omschrijving ?? '',
      ...functie.overwegendeFunctiekenmerken,
      ...functie.resultaatgebieden.flatMap((gebied) => [`Resultaatgebied ${gebied.nummer}: ${gebied.titel}`, ...gebied.taken]),
      ...functie.modules,
    ]),
    ...document.modules.flatMap((module) => module.taken.flatMap((taak) => [`${taak.nummer}. ${taak.titel}`, ...taak.activiteiten])),
  ].filter((text) => text !== '');
}

describe('emit/markdown', () => {
  it('round-trips every string of the seed document: parsed back, each is the text of a block', () => {
    const document = seedDocument();
    const texts = blockTexts(toMarkdown(document));
    expect(expectedBlocks(document).filter((text) => !texts.has(text))).toEqual([]);
  });

  it('escapes Markdown specials so text that looks like syntax comes back as the same text', () => {
    const document = hostileDocument();
    const texts = blockTexts(toMarkdown(document));
    expect(expectedBlocks(document).filter((text) => !texts.has(text))).toEqual([]);
  });

  it('is deterministic and ends with exactly one newline', () => {
    const document = seedDocument();
    const markdown = toMarkdown(document);
    expect(toMarkdown(document)).toBe(markdown);
    expect(markdown.endsWith('\n') && !markdown.endsWith('\n\n')).toBe(true);
  });

  it('leaves out the overview table when there is none and the warnings section when there are none', () => {
    const markdown = toMarkdown({ ...seedDocument(), overzicht: [], warnings: [] });
    expect(markdown).not.toContain('## Overzicht');
    expect(markdown).not.toContain('## Waarschuwingen');
    expect(toMarkdown(seedDocument())).toContain('## Waarschuwingen');
  });

  it('renders a function as a facts table, the two omschrijvingen and one list per section', () => {
    const functie = seedDocument().functies[14] as Hr21Document['functies'][number];
    const markdown = toMarkdown({ ...seedDocument(), overzicht: [], functies: [{ ...functie, resultaatgebieden: functie.resultaatgebieden.slice(0, 1) }], modules: [], warnings: [] });
    expect(markdown.split('\n## ')[1]).toMatchInlineSnapshot(`
      "Medewerker administratief & secretarieel II

      | Gegeven            | Waarde                        |
      | ------------------ | ----------------------------- |
      | Code               | N07.01.04                     |
      | Functiereeks       | Ondersteuning                 |
      | Functiegroep       | Administratief & secretarieel |
      | Indicatieve schaal | 7                             |
      | Pagina’s           | 32–33                         |

      ### Functiereeks Ondersteuning

      Het verlenen van inhoudelijke, secretariële, administratieve, procesmatige, facilitaire of algemene ondersteuning, gericht op een optimaal verloop van de werkprocessen.

      ### Functiegroep Administratief & secretarieel

      Het uitvoeren van secretariële en/of administratieve taken, zoals het verzorgen van een secretariaat, het verrichten van algemeen (inhoudelijke) ondersteunende werkzaamheden en/of het bewaken van processen.

      ### Overwegende functiekenmerken

      - voert complexe inhoudelijke, secretariële, administratieve en/of organisatorische taken uit op een afgebakend werkterrein

      _Generieke taken_

      ### Resultaatgebied 1: Inhoudelijke ondersteuning

      - biedt inhoudelijke ondersteuning op een afgebakend werkterrein
      - stelt (management)rapportages en overzichten op
      - signaleert knelpunten en doet verbetervoorstellen
      "
    `);
  });
});
