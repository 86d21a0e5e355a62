import type { Change, ChangeSubject } from '../schema/diff.js';
import { comparable } from '../parse/text.js';
import { align } from './align.js';
import { added, changedValue, moved, removed, type Scope } from './change-builders.js';
import { readingOrder } from './reading-order.js';
import { isReworded } from './similarity.js';
import { diffStringList } from './string-list.js';

/** A resultaatgebied with its taken, or a module taak with its activiteiten. */
export interface NumberedSection {
  nummer: number;
  titel: string | null;
  items: readonly string[];
}

export interface SectionWords {
  /** What the section is called in a change (`resultaatgebied`, `taak`). */
  section: ChangeSubject;
  /** What its items are called (`taak`, `activiteit`). */
  item: ChangeSubject;
  /** The JSON key of the items (`taken`, `activiteiten`). */
  itemsKey: string;
}

function content(section: NumberedSection): string {
  return JSON.stringify([section.titel, section.items]);
}

/**
 * Numbered sections paired by titel, then by nummer, then (untitled ones) by their items
 * read as one reworded text. A nummer that changed only because a section was inserted or
 * removed before it is not a change, as page numbers that shifted are not.
 */
export function diffNumberedSections(scope: Scope, words: SectionWords, oldSections: readonly NumberedSection[], newSections: readonly NumberedSection[], oldBase: string, newBase: string): Change[] {
  const byTitel = (section: NumberedSection) => (section.titel === null ? null : comparable(section.titel));
  const byNummer = (section: NumberedSection) => String(section.nummer);
  const alignment = align(oldSections, newSections, {
    content,
    keys: [
      { old: oldSections.map(byTitel), new: newSections.map(byTitel) },
      { old: oldSections.map(byNummer), new: newSections.map(byNummer) },
    ],
    similar: (old, neu) => old.titel === null && neu.titel === null && isReworded(old.items.join(' '), neu.items.join(' ')),
  });
  return readingOrder(alignment).flatMap((step): Change[] => {
    if (step.type === 'added') return [added(scope, words.section, `${newBase}/${step.new}`, newSections[step.new]?.titel)];
    if (step.type === 'removed') return [removed(scope, words.section, `${oldBase}/${step.old}`, oldSections[step.old]?.titel)];
    const { pair } = step;
    const old = oldSections[pair.old] as NumberedSection;
    const neu = newSections[pair.new] as NumberedSection;
    const oldPointer = `${oldBase}/${pair.old}`;
    const newPointer = `${newBase}/${pair.new}`;
    const renumbered = !pair.moved && old.nummer - pair.old !== neu.nummer - pair.new;
    const head = [
      ...(pair.moved ? [moved(scope, words.section, oldPointer, newPointer, neu.titel)] : []),
      ...(renumbered ? changedValue(scope, 'nummer', old.nummer, neu.nummer, `${oldPointer}/nummer`, `${newPointer}/nummer`) : []),
    ];
    if (pair.same) return head;
    return [
      ...head,
      ...changedValue(scope, words.section, old.titel, neu.titel, `${oldPointer}/titel`, `${newPointer}/titel`),
      ...diffStringList(scope, words.item, old.items, neu.items, `${oldPointer}/${words.itemsKey}`, `${newPointer}/${words.itemsKey}`),
    ];
  });
}
