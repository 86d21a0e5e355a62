import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../src/emit/markdown.js';
import { type Functie, type Hr21Document, hr21DocumentSchema } from '../src/schema/document.js';
import { seedExpected } from './support/seed.js';

/** The seed's checked JSON, completed with the fields it leaves out so that it passes the schema. */
function seedDocument(): Hr21Document {
  const expected = seedExpected();
  return hr21DocumentSchema.parse({ ...expected, source: { ...expected.source, sha256: '0'.repeat(64), title: null, producer: null }, warnings: [] });
}

/** Text a naive emitter would turn into emphasis, links, HTML, headings, lists, quotes, code, entities or table cells. */
const HOSTILE_TEXTS = [
  '*a* _b_ [c](d) <e> # f | g \\ h',
  '1. starts like a list',
  '- starts like a bullet',
  '> quote',
  '`code`',
  '&amp;',
  '’ ´ ë –',
  '# starts like a heading',
  '+ plus',
  '1) paren',
  '~~struck~~',
  'a\\|b',
  'ends like a closing sequence #',
  '***',
  '---',
  '<!-- comment -->',
  '[^1]',
  '\\*',
];

/** Every hostile string in every field: one overview row, function, module and warning per string. */
function hostileDocument(HOSTILE: readonly string[] = HOSTILE_TEXTS): Hr21Document {
  return hr21DocumentSchema.parse({
    schemaVersion: 1,
    source: { file: 'functieboek _v2_ *concept*.pdf', sha256: 'a'.repeat(64), pageCount: HOSTILE.length, title: '# Functieboek | [concept]', producer: null },
    overzicht: HOSTILE.map((value, index) => ({ pagina: index + 1, naam: value, functiegroep: value, indicatieveSchaal: null })),
    functies: HOSTILE.map((value, index) => ({
      naam: value,
      code: value,
      functiereeks: { naam: value, omschrijving: value },
      functiegroep: { naam: value, omschrijving: value },
      generiekeTaken: false,
      overwegendeFunctiekenmerken: HOSTILE,
      resultaatgebieden: [{ nummer: 1, titel: value, taken: HOSTILE }],
      modules: HOSTILE,
      indicatieveSchaal: null,
      paginas: { van: index + 1, tot: index + 1 },
    })),
    modules: HOSTILE.map((value, index) => ({ naam: value, code: value, taken: [{ nummer: 1, titel: value, activiteiten: HOSTILE }], paginas: { van: index + 1, tot: index + 1 } })),
    warnings: HOSTILE.map((value, index) => ({ code: 'HOSTILE_TEXT', message: value, page: index + 1 })),
  });
}

/** A function with every optional part present; the tests blank out one part at a time. */
function fullFunctie(): Functie {
  const functie = seedDocument().functies.at(-1);
  if (functie === undefined) throw new Error('the seed has no functions');
  return functie;
}

function withOnly(functies: Functie[], overrides: Partial<Hr21Document> = {}): Hr21Document {
  return { ...seedDocument(), overzicht: [], functies, modules: [], ...overrides };
}

/** The text of every node a reader sees as one unit, after parsing the Markdown back. */
function nodeTexts(markdown: string): Set<string> {
  const texts = new Set<string>();
  const visit = (node: Nodes): void => {
    if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'tableCell' || node.type === 'listItem') texts.add(toString(node));
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(unified().use(remarkParse).use(remarkGfm).parse(markdown));
  return texts;
}

const present = (...values: (string | null)[]): string[] => values.filter((value): value is string => value !== null);

/** Each string of the JSON, as the exact text of the node that shows it; headings and warnings add their fixed label. */
function expectedTexts(document: Hr21Document): string[] {
  const omschreven = (label: string, value: Functie['functiereeks']): string[] =>
    value === null ? [] : [value.naam, ...(value.omschrijving === null ? [] : [`${label} ${value.naam}`, value.omschrijving])];
  return [
    document.source.title ?? document.source.file,
    ...document.overzicht.flatMap((rij) => present(rij.naam, rij.functiegroep)),
    ...document.functies.flatMap((functie) => [
      ...present(functie.naam, functie.code),
      ...omschreven('Functiereeks', functie.functiereeks),
      ...omschreven('Functiegroep', functie.functiegroep),
      ...functie.overwegendeFunctiekenmerken,
      ...functie.resultaatgebieden.flatMap((gebied) => [...present(gebied.titel && `Resultaatgebied ${gebied.nummer}: ${gebied.titel}`), ...gebied.taken]),
      ...functie.modules,
    ]),
    ...document.modules.flatMap((module) => [
      ...present(module.naam && `Module ${module.naam}`, module.code),
      ...module.taken.flatMap((taak) => [...present(taak.titel && `${taak.nummer}. ${taak.titel}`), ...taak.activiteiten]),
    ]),
    ...document.warnings.map((warning) => `${warning.code} (pagina ${warning.page}): ${warning.message}`),
  ];
}

function missingAfterRoundTrip(document: Hr21Document): string[] {
  const texts = nodeTexts(toMarkdown(document));
  return expectedTexts(document).filter((text) => !texts.has(text));
}

describe('toMarkdown', () => {
  it('round-trips every string of the seed document as the text of a node', () => {
    expect(missingAfterRoundTrip(seedDocument())).toEqual([]);
  });

  it('round-trips text full of Markdown specials in every field, escaped by the serializer', () => {
    expect(missingAfterRoundTrip(hostileDocument())).toEqual([]);
  });

  it('is deterministic and ends with exactly one newline', () => {
    const markdown = toMarkdown(seedDocument());
    expect(toMarkdown(seedDocument())).toBe(markdown);
    expect(markdown).toMatch(/[^\n]\n$/);
  });

  it('takes the title from the PDF metadata, whitespace-collapsed, else from the file name', () => {
    const document = seedDocument();
    expect(toMarkdown(document).split('\n')[0]).toBe('# hr21-normfuncties-selectie.pdf');
    expect(toMarkdown({ ...document, source: { ...document.source, title: ' HR21\n normfuncties ' } }).split('\n')[0]).toBe('# HR21 normfuncties');
  });

  it('leaves out the sections of a function whose data is null or empty', () => {
    const functie: Functie = { ...fullFunctie(), functiereeks: null, generiekeTaken: false, overwegendeFunctiekenmerken: [], modules: [] };
    const markdown = toMarkdown(withOnly([{ ...functie, functiegroep: { naam: 'Ondersteuning', omschrijving: null } }]));
    expect(markdown).not.toMatch(/^### (Functiereeks|Functiegroep|Overwegende functiekenmerken|Modules)/m);
    expect(markdown).toContain('| Functiereeks       | -             |');
  });

  it('gives no overview section for an empty overview', () => {
    expect(toMarkdown(withOnly([fullFunctie()]))).not.toContain('## Overzicht');
    expect(toMarkdown(seedDocument())).toContain('## Overzicht');
  });

  it('has a warnings section only when there are warnings', () => {
    const warning = { code: 'OVERZICHT_FUNCTIEGROEP_AFWIJKEND', message: 'overzicht noemt "Ondersteuning"', page: 2 };
    expect(toMarkdown(seedDocument())).not.toContain('## Waarschuwingen');
    expect(toMarkdown({ ...seedDocument(), warnings: [warning] })).toContain(
      '## Waarschuwingen\n\n- `OVERZICHT_FUNCTIEGROEP_AFWIJKEND` (pagina 2): overzicht noemt "Ondersteuning"\n',
    );
  });

  it('renders a function section in this format', () => {
    const functie = fullFunctie();
    const markdown = toMarkdown(withOnly([{ ...functie, resultaatgebieden: functie.resultaatgebieden.slice(0, 1) }]));
    expect(markdown.slice(markdown.indexOf('\n## ') + 1)).toMatchInlineSnapshot(`
      "## Medewerker administratief & secretarieel II

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
