import fc from 'fast-check';
import type { Functie, Hr21Document, Module, OverzichtRij } from '../../src/schema/document.js';
import { type Bullet, dejavuAvailable, type Export, liberationAvailable, type Mix, type PdfStyle } from './render/index.js';

const SYLLABLES = ['be', 'ver', 'ant', 'woor', 'del', 'lijk', 'heid', 'ing', 'taak', 'pro', 'ces', 'sen', 'bo', 'ek', 'stra', 'te', 'gisch', 'uit', 'voe', 'ren', 'mid', 'len', 'over', 'leg', 'kwa', 'li', 'teit', 'dienst', 'ver', 'le', 'ning', 'rap', 'por', 'tage'];
/** Words as HR21 texts spell them, with the characters that trip up extractors. */
const SPECIAL = ['programma’s', 'coördinatie', 'cliënt´s', '(burger)participatie', 'en/of', 'A&O', '–uitvoering', 'wet- en', 'financiële', 'zó', 'd.w.z.', 'o.a.:', 'beleid: kaders', 'één', 'café’s', 'Raad & College', '(eind)verantwoordelijk'];
/** Words a line may break inside of, after their hyphen or dash, and elisions whose hyphen keeps its space. */
const HYPHENATED = ['ICT-systemen', 'thema-overstijgende', 'opdrachtgever-opdrachtnemer', 'politiek-bestuurlijke', 'en –uitvoering', 'in- of extern', 'zowel in- als externe', 'beleids-, advies- en'];

const word = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.constantFrom(...SYLLABLES), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 1, arbitrary: fc.constantFrom(...HYPHENATED) },
);

/** The first letter, as people capitalise: "(Burger)participatie", "Één", never the bracket before it. */
const capitalise = (text: string) => text.replace(/\p{L}/u, (letter) => letter.toUpperCase());
const words = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max }).map((list) => list.join(' '));
/** A list item: lower case like HR21's verbs, from a few words to several wrapped lines. */
const item = fc.oneof({ weight: 4, arbitrary: words(2, 14) }, { weight: 1, arbitrary: words(15, 45) });
/** Never ending in a colon: "Functiereeks X:" could not tell the name's colon from the heading's. */
const title = words(1, 4)
  .filter((text) => !text.endsWith(':'))
  .map(capitalise);
const sentence = words(6, 60).map((text) => `${capitalise(text)}.`);
const ROMAN = ['I', 'II', 'III', 'IV'];

const functie: fc.Arbitrary<Functie> = fc
  .record({
    naam: fc.tuple(title, fc.option(fc.constantFrom(...ROMAN), { nil: undefined })).map(([name, level]) => (level ? `${name} ${level}` : name)),
    code: fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 4 })).map((parts) => `N${parts.map((part) => String(part).padStart(2, '0')).join('.')}`),
    functiereeks: fc.record({ naam: title, omschrijving: fc.option(sentence, { nil: null, freq: 5 }) }),
    functiegroep: fc.record({ naam: title, omschrijving: fc.option(sentence, { nil: null, freq: 5 }) }),
    generiekeTaken: fc.boolean(),
    overwegendeFunctiekenmerken: fc.array(item, { minLength: 1, maxLength: 6 }),
    resultaatgebieden: fc.array(fc.record({ titel: fc.option(title, { nil: null, freq: 8 }), taken: fc.array(item, { minLength: 1, maxLength: 5 }) }), { minLength: 1, maxLength: 8 }),
    modules: fc.array(title, { maxLength: 3 }),
    indicatieveSchaal: fc.option(fc.integer({ min: 1, max: 18 }), { nil: null }),
  })
  .map((value) => ({
    ...value,
    resultaatgebieden: value.resultaatgebieden.map((gebied, index) => ({ nummer: index + 1, ...gebied })),
    paginas: { van: 1, tot: 1 },
  }));

const module: fc.Arbitrary<Module> = fc.record({
  naam: title,
  code: fc.option(fc.integer({ min: 1, max: 99 }).map((number) => `M${String(number).padStart(2, '0')}`), { nil: null }),
  taken: fc
    .array(fc.record({ titel: title, activiteiten: fc.array(item, { minLength: 1, maxLength: 5 }) }), { minLength: 1, maxLength: 3 })
    .map((taken) => taken.map((taak, index) => ({ nummer: index + 1, ...taak }))),
  paginas: fc.constant({ van: 1, tot: 1 }),
});

/** The overview describes the functions, then the modules, as a function book's table does. */
function overzicht(functies: Functie[], modules: Module[]): OverzichtRij[] {
  return [
    ...functies.map((value) => ({ pagina: 1, naam: value.naam ?? '-', functiegroep: value.functiegroep?.naam ?? null, indicatieveSchaal: value.indicatieveSchaal })),
    ...modules.map((value) => ({ pagina: 1, naam: `Module ${value.naam ?? ''}`.trim(), functiegroep: null, indicatieveSchaal: null })),
  ];
}

/** A schema-valid document: 1–2 functions and 0–2 modules, with an overview when it is a book. */
export const hr21Document: fc.Arbitrary<Hr21Document> = fc
  .record({ functies: fc.array(functie, { minLength: 1, maxLength: 2 }), modules: fc.array(module, { maxLength: 2 }) })
  .map(({ functies, modules }) => ({
    schemaVersion: 1 as const,
    source: { file: 'property.pdf', sha256: '0'.repeat(64), pageCount: 0, title: null, producer: null },
    overzicht: overzicht(functies, modules),
    functies,
    modules,
    warnings: [],
  }));

const FONTS = [
  'helvetica',
  'times',
  ...(dejavuAvailable ? (['dejavu'] as const) : []),
  ...(liberationAvailable ? (['liberation'] as const) : []),
] as const satisfies readonly PdfStyle['font'][];

/** Any combination of the writer's options, within what real producers do. */
export const pdfStyle: fc.Arbitrary<PdfStyle> = fc
  .record({
    font: fc.constantFrom(...FONTS),
    size: fc.constantFrom(9, 10, 11, 12),
    boldHeadings: fc.boolean(),
    bullet: fc.constantFrom('\uF0B7', '•', '–', 'o', '-', 'drawn'),
    labels: fc.constantFrom('tab-colon', 'colon', 'columns'),
    furniture: fc.boolean(),
    runs: fc.constantFrom('line', 'word', 'glyphs'),
    margin: fc.integer({ min: 40, max: 90 }),
    indents: fc.constantFrom<[number, number]>([18, 36], [0, 14], [10, 24], [14, 28]),
    leading: fc.constantFrom(1.15, 1.2, 1.3, 1.4, 1.5),
    page: fc.constantFrom('A4', 'Letter'),
    runningHeader: fc.constantFrom('Gemeente Voorbeeldstad', 'Gemeente Anderstad · afdeling P&O'),
    pageLabel: fc.constantFrom('pagina', 'slash'),
  } as const)
  .map(({ indents: [bulletIndent, textIndent], ...options }) => ({
    ...options,
    name: 'random',
    titleSize: options.boldHeadings ? 16 : options.size,
    bulletIndent,
    textIndent,
  }));

const bullet = fc.constantFrom<Bullet>('\uF0B7', '•', '–', 'o', '-', 'drawn');

/**
 * Variation inside one export: bullets and text runs per page, bullets per kind of list and per
 * function, functions run on without a page break, a landscape or /Rotate 90 overview. Each
 * shrinks away, so a failure shrinks to the variation that causes it.
 */
export const mix: fc.Arbitrary<Mix> = fc.record(
  {
    pages: fc.array(
      fc.record({ bullet, runs: fc.constantFrom<PdfStyle['runs']>('line', 'word', 'glyphs') }, { requiredKeys: [] }),
      { minLength: 1, maxLength: 3 },
    ),
    lists: fc.record({ kenmerken: bullet, taken: bullet, activiteiten: bullet }, { requiredKeys: [] }),
    parts: fc.array(fc.option(bullet, { nil: null }), { minLength: 1, maxLength: 3 }),
    runOn: fc.array(fc.boolean(), { minLength: 1, maxLength: 3 }),
    overview: fc.constantFrom<NonNullable<Mix['overview']>>('portrait', 'landscape', 'rotated'),
  },
  { requiredKeys: [] },
);

/**
 * One file as HR21 users get it: one export, or a second producer's export appended to the
 * first (each with its own style, running header and footer, and overview when a book).
 */
export const mixedExports: fc.Arbitrary<Export[]> = fc.array(fc.record({ document: hr21Document, style: pdfStyle, book: fc.boolean(), mix }), {
  minLength: 1,
  maxLength: 2,
});
