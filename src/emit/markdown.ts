import type { Root, RootContent } from 'mdast';
import type { Functie, Hr21Document, Module, Omschreven, OverzichtRij, Paginas, Resultaatgebied, Source, Warning } from '../schema/document.js';
import { serializeMarkdown } from './markdown/index.js';
import { bulletList, emphasis, heading, inlineCode, paragraph, table, text } from './markdown-nodes.js';

/** Shown in a table cell for a null field, so a missing value is visible rather than an empty cell. */
const MISSING = '-';

/** How many hex digits of the sha256 the title line shows: enough to tell files apart by eye. */
const SHA256_PREFIX_LENGTH = 12;

/** The document as an mdast tree: title, overview table, one section per function and module, warnings. */
export function toMarkdownTree(document: Hr21Document): Root {
  return {
    type: 'root',
    children: [
      ...titleSection(document.source),
      ...overzichtSection(document.overzicht),
      ...document.functies.flatMap(functieSection),
      ...document.modules.flatMap(moduleSection),
      ...warningsSection(document.warnings),
    ],
  };
}

/** One function's part of the Markdown view, as a tree: what the web page shows for an opened function. */
export function functieMarkdownTree(functie: Functie): Root {
  return { type: 'root', children: functieSection(functie) };
}

/** Readable Markdown view of one document; deterministic, ends with one newline. */
export function toMarkdown(document: Hr21Document): string {
  return serializeMarkdown(toMarkdownTree(document));
}

function pageRange(paginas: Paginas): string {
  return paginas.van === paginas.tot ? String(paginas.van) : `${paginas.van}–${paginas.tot}`;
}

function cell(value: string | number | null): string {
  return value === null ? MISSING : String(value);
}

/** One label–value row per fact, so the facts read top to bottom like a card however long a value is. */
function factsTable(rows: readonly (readonly [string, string])[]): RootContent {
  return table([null, null], ['Gegeven', 'Waarde'], rows);
}

function titleSection(source: Source): RootContent[] {
  // PDF metadata is not normalised by the parser; a line break would turn the ATX heading into a setext one.
  const title = source.title?.replace(/\s+/g, ' ').trim() || source.file;
  const pages = source.pageCount === 1 ? '1 pagina' : `${source.pageCount} pagina’s`;
  return [heading(1, title), paragraph(`Bron: ${source.file}, ${pages}, sha256 ${source.sha256.slice(0, SHA256_PREFIX_LENGTH)}…`)];
}

function overzichtSection(overzicht: readonly OverzichtRij[]): RootContent[] {
  if (overzicht.length === 0) return [];
  return [
    heading(2, 'Overzicht'),
    table(
      ['right', null, null, 'right'],
      ['Pagina', 'Naam functie', 'Functiegroep', 'Indicatieve schaal'],
      overzicht.map((rij) => [cell(rij.pagina), rij.naam, cell(rij.functiegroep), cell(rij.indicatieveSchaal)]),
    ),
  ];
}

function functieSection(functie: Functie): RootContent[] {
  return [
    heading(2, functie.naam ?? `Functie zonder naam (pagina ${pageRange(functie.paginas)})`),
    factsTable([
      ['Code', cell(functie.code)],
      ['Functiereeks', cell(functie.functiereeks?.naam ?? null)],
      ['Functiegroep', cell(functie.functiegroep?.naam ?? null)],
      ['Indicatieve schaal', cell(functie.indicatieveSchaal)],
      ['Pagina’s', pageRange(functie.paginas)],
    ]),
    ...omschrevenSection('Functiereeks', functie.functiereeks),
    ...omschrevenSection('Functiegroep', functie.functiegroep),
    ...kenmerkenSection(functie),
    ...functie.resultaatgebieden.flatMap(resultaatgebiedSection),
    ...(functie.modules.length > 0 ? [heading(3, 'Modules'), bulletList(functie.modules)] : []),
  ];
}

/** Left out without a description: the name alone is already in the facts table. */
function omschrevenSection(label: string, omschreven: Omschreven | null): RootContent[] {
  if (omschreven?.omschrijving == null) return [];
  return [heading(3, `${label} ${omschreven.naam}`), paragraph(omschreven.omschrijving)];
}

function kenmerkenSection(functie: Functie): RootContent[] {
  const kenmerken = functie.overwegendeFunctiekenmerken;
  if (kenmerken.length === 0 && !functie.generiekeTaken) return [];
  return [
    heading(3, 'Overwegende functiekenmerken'),
    ...(kenmerken.length > 0 ? [bulletList(kenmerken)] : []),
    // A flag, not a kenmerk: set apart so it is not read as one more item of the list.
    ...(functie.generiekeTaken ? [paragraph([emphasis('Generieke taken')])] : []),
  ];
}

function resultaatgebiedSection(gebied: Resultaatgebied): RootContent[] {
  const label = `Resultaatgebied ${gebied.nummer}`;
  return [heading(3, gebied.titel === null ? label : `${label}: ${gebied.titel}`), ...(gebied.taken.length > 0 ? [bulletList(gebied.taken)] : [])];
}

function moduleSection(module: Module): RootContent[] {
  return [
    heading(2, module.naam === null ? `Module zonder naam (pagina ${pageRange(module.paginas)})` : `Module ${module.naam}`),
    factsTable([
      ['Code', cell(module.code)],
      ['Pagina’s', pageRange(module.paginas)],
    ]),
    ...module.taken.flatMap((taak) => [
      heading(3, taak.titel === null ? `Taak ${taak.nummer}` : `${taak.nummer}. ${taak.titel}`),
      ...(taak.activiteiten.length > 0 ? [bulletList(taak.activiteiten)] : []),
    ]),
  ];
}

function warningsSection(warnings: readonly Warning[]): RootContent[] {
  if (warnings.length === 0) return [];
  return [
    heading(2, 'Waarschuwingen'),
    bulletList(
      warnings.map((warning) => [inlineCode(warning.code), text(warning.page === null ? `: ${warning.message}` : ` (pagina ${warning.page}): ${warning.message}`)]),
    ),
  ];
}
