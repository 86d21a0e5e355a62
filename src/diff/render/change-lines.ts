import type { Change, ChangeValue, FunctieRef } from '../../schema/diff.js';
import type { DiffTexts } from '../../messages/catalogue.js';
import type { BlockStatus, ReportBlock } from './report.js';

export const SYMBOLS = { added: '+', removed: '-', changed: '~', moved: '↕' } as const;

/** One change as every report shows it: a symbol, where, and what. */
export interface ChangeLine {
  kind: Change['kind'];
  /** Where in the function (or overview, or module) it is, in HR21's words. */
  place: string;
  /** An added, removed or moved text. */
  text: string | null;
  /** Two texts where a text was reworded: the words that changed get marked. */
  reworded: { old: string; new: string } | null;
  /** Two values where a number, yes/no or a missing value changed. */
  values: { old: string; new: string } | null;
}

/** Item lists and sections, named with a count from 1 as a reader counts. */
const NUMBERED = new Set(['resultaatgebieden', 'taken', 'overwegendeFunctiekenmerken', 'modules', 'activiteiten']);

/** A pointer said the way a reader thinks of it, from inside its function or module. */
export function placeOf(pointer: string, words: DiffTexts): string {
  const parts = pointer.split('/').slice(1);
  const [top, index] = parts;
  const rest = parts.slice(2);
  const names: string[] = top === 'overzicht' ? [`${words.row} ${Number(index) + 1}`] : [];
  if (rest.length === 0 && top !== 'overzicht') return String(Number(index) + 1);
  for (let at = 0; at < rest.length; at++) {
    const part = rest[at] as string;
    const next = rest[at + 1];
    if (NUMBERED.has(part) && next !== undefined && /^\d+$/.test(next)) {
      names.push(`${words.fields[part] ?? part} ${Number(next) + 1}`);
      at++;
    } else if (part === 'naam' && (rest[at - 1] === 'functiereeks' || rest[at - 1] === 'functiegroep')) {
      // "functiereeks" says it: its naam is what a reader calls the functiereeks.
    } else {
      names.push(words.fields[part] ?? part);
    }
  }
  return names.join(' › ');
}

function shownValue(value: ChangeValue, words: DiffTexts): string {
  if (value === null) return words.none;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  return String(value);
}

/** The longer pointer says more: where one side is missing, the other names the field. */
function placeOfChanged(change: Extract<Change, { kind: 'changed' }>, words: DiffTexts): string {
  const pointer = change.newPointer.split('/').length >= change.oldPointer.split('/').length ? change.newPointer : change.oldPointer;
  const place = placeOf(pointer, words);
  return change.subject === 'omschrijving' && !place.endsWith(words.fields.omschrijving as string) ? `${place} › ${words.fields.omschrijving}` : place;
}

/** An overview row also says which function it describes: rows are known by name, not number. */
function withRowName(line: ChangeLine, change: Change): ChangeLine {
  const pointer = change.kind === 'removed' ? change.oldPointer : change.newPointer;
  const naam = (change.functie ?? change.module)?.naam;
  if (!pointer.startsWith('/overzicht/') || !naam || line.text === naam) return line;
  const [row, ...rest] = line.place.split(' › ');
  return { ...line, place: [`${row} "${naam}"`, ...rest].join(' › ') };
}

export function changeLine(change: Change, words: DiffTexts): ChangeLine {
  return withRowName(lineOf(change, words), change);
}

function lineOf(change: Change, words: DiffTexts): ChangeLine {
  const none = { text: null, reworded: null, values: null };
  switch (change.kind) {
    case 'added':
      return { ...none, kind: 'added', place: change.subject === 'warning' ? '' : placeOf(change.newPointer, words), text: change.text ?? null };
    case 'removed':
      return { ...none, kind: 'removed', place: change.subject === 'warning' ? '' : placeOf(change.oldPointer, words), text: change.text ?? null };
    case 'moved':
      return { ...none, kind: 'moved', place: `${words.subjects[change.subject]} ${words.moved(placeOf(change.oldPointer, words), placeOf(change.newPointer, words))}`, text: change.text ?? null };
    case 'changed': {
      const place = placeOfChanged(change, words);
      if (typeof change.old === 'string' && typeof change.new === 'string') return { ...none, kind: 'changed', place, reworded: { old: change.old, new: change.new } };
      return { ...none, kind: 'changed', place, values: { old: shownValue(change.old, words), new: shownValue(change.new, words) } };
    }
  }
}

function refTitle(ref: FunctieRef | null, words: DiffTexts): string {
  if (ref === null) return words.functieWithout;
  return [ref.code, ref.naam].filter((part) => part !== null).join(' ') || words.functieWithout;
}

/** A block's heading: the function or module it is about, or the section (overview, warnings). */
export function blockTitle(block: ReportBlock, words: DiffTexts): string {
  if (block.section === 'overzicht' || block.section === 'warnings') return words.sections[block.section];
  const title = refTitle(block.ref, words);
  return block.section === 'modules' ? `${words.module} ${title}` : title;
}

export function blockSymbol(status: BlockStatus): string {
  return SYMBOLS[status];
}
