import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableRow } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { Functie, Hr21Document, Module, OverzichtRij, Warning } from '../schema/document.js';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const heading = (depth: 1 | 2 | 3, value: string): Heading => ({ type: 'heading', depth, children: [text(value)] });
const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });

function list(items: readonly string[]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((item): ListItem => ({ type: 'listItem', spread: false, children: [paragraph(text(item))] })),
  };
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): Table {
  const row = (cells: readonly string[]): TableRow => ({ type: 'tableRow', children: cells.map((cell) => ({ type: 'tableCell', children: [text(cell)] })) });
  return { type: 'table', align: header.map(() => null), children: [row(header), ...rows.map(row)] };
}

const orDash = (value: string | number | null): string => (value === null ? '-' : String(value));
const pages = ({ van, tot }: { van: number; tot: number }) => (van === tot ? String(van) : `${van}–${tot}`);

function overzichtSection(rows: readonly OverzichtRij[]): RootContent[] {
  if (rows.length === 0) return [];
  return [
    heading(2, 'Overzicht'),
    table(
      ['Pagina', 'Naam functie', 'Functiegroep', 'Indicatieve schaal'],
      rows.map((rij) => [orDash(rij.pagina), rij.naam, orDash(rij.functiegroep), orDash(rij.indicatieveSchaal)]),
    ),
  ];
}

function functieSection(functie: Functie): RootContent[] {
  const nodes: RootContent[] = [
    heading(2, functie.naam ?? `Functie zonder naam (pagina ${functie.paginas.van})`),
    table(
      ['Gegeven', 'Waarde'],
      [
        ['Code', orDash(functie.code)],
        ['Functiereeks', orDash(functie.functiereeks?.naam ?? null)],
        ['Functiegroep', orDash(functie.functiegroep?.naam ?? null)],
        ['Indicatieve schaal', orDash(functie.indicatieveSchaal)],
        ['Pagina’s', pages(functie.paginas)],
      ],
    ),
  ];
  for (const [label, omschreven] of [['Functiereeks', functie.functiereeks], ['Functiegroep', functie.functiegroep]] as const) {
    if (!omschreven) continue;
    nodes.push(heading(3, `${label} ${omschreven.naam}`));
    if (omschreven.omschrijving !== null) nodes.push(paragraph(text(omschreven.omschrijving)));
  }
  nodes.push(heading(3, 'Overwegende functiekenmerken'));
  if (functie.overwegendeFunctiekenmerken.length > 0) nodes.push(list(functie.overwegendeFunctiekenmerken));
  if (functie.generiekeTaken) nodes.push(paragraph({ type: 'emphasis', children: [text('Generieke taken')] }));
  for (const gebied of functie.resultaatgebieden) {
    nodes.push(heading(3, `Resultaatgebied ${gebied.nummer}${gebied.titel === null ? '' : `: ${gebied.titel}`}`));
    if (gebied.taken.length > 0) nodes.push(list(gebied.taken));
  }
  if (functie.modules.length > 0) nodes.push(heading(3, 'Modules'), list(functie.modules));
  return nodes;
}

function moduleSection(module: Module): RootContent[] {
  const nodes: RootContent[] = [
    heading(2, `Module ${module.naam ?? `zonder naam (pagina ${module.paginas.van})`}`),
    table(['Gegeven', 'Waarde'], [['Modulecode', orDash(module.code)], ['Pagina’s', pages(module.paginas)]]),
  ];
  for (const taak of module.taken) {
    nodes.push(heading(3, `${taak.nummer}.${taak.titel === null ? '' : ` ${taak.titel}`}`));
    if (taak.activiteiten.length > 0) nodes.push(list(taak.activiteiten));
  }
  return nodes;
}

function warningsSection(warnings: readonly Warning[]): RootContent[] {
  if (warnings.length === 0) return [];
  return [
    heading(2, 'Waarschuwingen'),
    list(warnings.map((warning) => `${warning.code}${warning.page === null ? '' : ` (pagina ${warning.page})`}: ${warning.message}`)),
  ];
}

/** The document as an mdast tree: title, overview table, one section per function and module, warnings. */
export function toMarkdownTree(document: Hr21Document): Root {
  const { source } = document;
  return {
    type: 'root',
    children: [
      heading(1, source.title ?? source.file),
      paragraph(text(`Bron: ${source.file}, ${source.pageCount} pagina’s, sha256 ${source.sha256.slice(0, 12)}…`)),
      ...overzichtSection(document.overzicht),
      ...document.functies.flatMap(functieSection),
      ...document.modules.flatMap(moduleSection),
      ...warningsSection(document.warnings),
    ],
  };
}

const processor = unified()
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', listItemIndent: 'one', rule: '-', fences: true });

/** Readable Markdown, serialised by remark so every special character in the text is escaped. */
export function toMarkdown(document: Hr21Document): string {
  return processor.stringify(toMarkdownTree(document));
}
