import type { Line, Metrics } from '../layout/types.js';
import type { Functie, Resultaatgebied } from '../schema/document.js';
import { patterns } from '../vocabulary/headings.js';
import type { Ledger, RoleKind } from './ledger.js';
import { continuesLine, type ListItem, parseList } from './list.js';
import { recogniserFor, type Section, splitSections } from './sections.js';
import { joinLines } from './text.js';

const headings = [
  ['naam', patterns.naamFunctie],
  ['code', patterns.code],
  ['functiereeks', patterns.functiereeks],
  ['functiegroep', patterns.functiegroep],
  ['kenmerken', patterns.kenmerken],
  ['resultaatgebied', patterns.resultaatgebied],
  ['modules', patterns.functieModules],
] as const;
const recognise = recogniserFor(headings);

type FunctieSection = Section<(typeof headings)[number][0]> & { kind: (typeof headings)[number][0] };

/** A function before the overview is consulted: indicatieveSchaal comes later. */
export type ParsedFunctie = Omit<Functie, 'indicatieveSchaal'>;

interface Context {
  ledger: Ledger;
  metrics: Metrics;
  pointer: string;
  heading: Line;
}

/** A label's value: what follows the label on its line, plus any lines it wrapped onto. */
function labelValue(section: FunctieSection, ledger: Ledger, pointer: string): string | null {
  const value = joinLines([section.captures[0] ?? '', ...section.body]);
  ledger.claim([section.heading, ...section.body], 'veld', pointer);
  return value === '' ? null : value;
}

/**
 * How many body lines continue a heading that wrapped: lines set like it (a bold heading's bold
 * lines), or running on to the colon that closes it.
 */
function wrappedHeadingLines(section: FunctieSection, metrics: Metrics): number {
  if (/:$/.test(section.heading.text)) return 0;
  let count = 0;
  let previous = section.heading;
  for (const [index, line] of section.body.entries()) {
    if (!continuesLine(previous, line, metrics)) break;
    if (/:$/.test(line.text)) return index + 1;
    if (!(section.heading.emphasized && line.emphasized)) break;
    count = index + 1;
    previous = line;
  }
  return count;
}

function omschreven(section: FunctieSection, context: Context, key: 'functiereeks' | 'functiegroep') {
  const pointer = `${context.pointer}/${key}`;
  const wrapped = section.body.slice(0, wrappedHeadingLines(section, context.metrics));
  const body = section.body.slice(wrapped.length);
  const naam = joinLines([section.captures[0] ?? '', ...wrapped]).replace(/\s*:$/, '');
  if (naam === '') {
    context.ledger.reject(section.heading, 'SECTIE_ZONDER_NAAM', `${key} heading without a name`);
    context.ledger.rejectAll(body, `text under a ${key} heading without a name`);
    return null;
  }
  context.ledger.claim([section.heading, ...wrapped], 'kop', `${pointer}/naam`);
  context.ledger.claim(body, key, `${pointer}/omschrijving`);
  const omschrijving = joinLines(body);
  return { naam, omschrijving: omschrijving === '' ? null : omschrijving };
}

/** "Generieke taken" is a fixed closing marker: always an item of its own, whatever the layout. */
const isGeneriekeTaken = (line: Line) => patterns.generiekeTaken.test(line.text);

/**
 * A module name starts with a capital, perhaps after a bracket, as the modules' own names do:
 * under the function's "Module" heading, where names stand one per line without bullets, a line
 * so starting begins a name even when it would not have fitted on the line before, unless that
 * line broke after a hyphen or dash.
 */
const startsModuleName = (line: Line, previous: Line) => /^[^\p{L}\p{N}\s]{0,2}\p{Lu}/u.test(line.text) && !/[-–]$/.test(previous.text);

function listItems(section: FunctieSection, body: readonly Line[], context: Context, startsItem: (line: Line, previous: Line) => boolean = isGeneriekeTaken): ListItem[] {
  const { items, stray } = parseList(body, context.metrics, startsItem);
  context.ledger.rejectAll(stray, `text outside the list under "${section.heading.text}"`);
  return items;
}

function claimItems(items: readonly ListItem[], context: Context, pointer: string, kind: RoleKind): string[] {
  return items.map((item, index) => {
    context.ledger.claim(item.lines, kind, `${pointer}/${index}`);
    return joinLines(item.lines);
  });
}

function kenmerken(section: FunctieSection, context: Context): Pick<Functie, 'generiekeTaken' | 'overwegendeFunctiekenmerken'> {
  const pointer = `${context.pointer}/overwegendeFunctiekenmerken`;
  context.ledger.claim(section.heading, 'kop', pointer);
  const items = listItems(section, section.body, context);
  const last = items.at(-1);
  // "Generieke taken" closes the list as a reference to the generic tasks, not as a kenmerk.
  const generiekeTaken = last !== undefined && patterns.generiekeTaken.test(joinLines(last.lines));
  if (last && generiekeTaken) {
    items.pop();
    context.ledger.claim(last.lines, 'kenmerk', `${context.pointer}/generiekeTaken`);
  }
  return { generiekeTaken, overwegendeFunctiekenmerken: claimItems(items, context, pointer, 'kenmerk') };
}

/** A title may wrap: lines at the heading's indent before the first item continue it. */
function splitTitle(section: FunctieSection): { title: Line[]; items: Line[] } {
  const tolerance = 0.5 * section.heading.fontSize;
  let end = 0;
  while (end < section.body.length) {
    const line = section.body[end] as Line;
    if (line.bullet !== null || Math.abs(line.textX - section.heading.x) > tolerance) break;
    end++;
  }
  return { title: section.body.slice(0, end), items: section.body.slice(end) };
}

function resultaatgebied(section: FunctieSection, context: Context, index: number): Resultaatgebied {
  const pointer = `${context.pointer}/resultaatgebieden/${index}`;
  const { title, items } = splitTitle(section);
  context.ledger.claim([section.heading, ...title], 'kop', `${pointer}/titel`);
  const titel = joinLines([section.captures[1] ?? '', ...title]);
  const taken = claimItems(listItems(section, items, context), context, `${pointer}/taken`, 'taak');
  return { nummer: Number(section.captures[0]), titel: titel === '' ? null : titel, taken };
}

/** Parses one function, from its "Functiebeschrijving" heading to the line before the next document. */
export function parseFunctie(lines: readonly Line[], index: number, ledger: Ledger, metrics: Metrics): ParsedFunctie {
  const [heading, ...rest] = lines as [Line, ...Line[]];
  const pointer = `/functies/${index}`;
  const context: Context = { ledger, metrics, pointer, heading };
  ledger.claim(heading, 'kop', pointer);
  const { before, sections } = splitSections(rest, recognise, metrics);
  ledger.rejectAll(before, 'text between "Functiebeschrijving" and the first field');

  const functie: ParsedFunctie = {
    naam: null,
    code: null,
    functiereeks: null,
    functiegroep: null,
    generiekeTaken: false,
    overwegendeFunctiekenmerken: [],
    resultaatgebieden: [],
    modules: [],
    paginas: { van: heading.page, tot: Math.max(heading.page, ...lines.map((line) => line.page)) },
  };
  const seen = new Set<string>();
  for (const section of sections) {
    if (section.kind === 'onbekend') {
      ledger.reject(section.heading, 'KOP_ONBEKEND', 'unknown heading in a function');
      ledger.rejectAll(section.body, `text under the unknown heading "${section.heading.text}"`);
      continue;
    }
    const known = section as FunctieSection;
    if (known.kind !== 'resultaatgebied' && seen.has(known.kind)) {
      ledger.reject(known.heading, 'SECTIE_DUBBEL', `a second "${known.kind}" section in one function`);
      ledger.rejectAll(known.body, `text under a repeated "${known.kind}" heading`);
      continue;
    }
    seen.add(known.kind);
    switch (known.kind) {
      case 'naam':
        functie.naam = labelValue(known, ledger, `${pointer}/naam`);
        break;
      case 'code':
        functie.code = labelValue(known, ledger, `${pointer}/code`);
        break;
      case 'functiereeks':
      case 'functiegroep':
        functie[known.kind] = omschreven(known, context, known.kind);
        break;
      case 'kenmerken':
        Object.assign(functie, kenmerken(known, context));
        break;
      case 'resultaatgebied':
        functie.resultaatgebieden.push(resultaatgebied(known, context, functie.resultaatgebieden.length));
        break;
      case 'modules':
        ledger.claim(known.heading, 'kop', `${pointer}/modules`);
        functie.modules = claimItems(listItems(known, known.body, context, startsModuleName), context, `${pointer}/modules`, 'module');
        break;
    }
  }
  return functie;
}
