import type { Change, ChangeSubject } from '../schema/diff.js';
import { align } from './align.js';
import { added, changedValue, moved, removed, type Scope } from './change-builders.js';
import { readingOrder } from './reading-order.js';
import { isReworded } from './similarity.js';

/**
 * A list of texts (kenmerken, taken, activiteiten, module names): an inserted item is one
 * addition, a reworded one one change, a reordered one one move.
 */
export function diffStringList(scope: Scope, subject: ChangeSubject, oldItems: readonly string[], newItems: readonly string[], oldBase: string, newBase: string): Change[] {
  const alignment = align(oldItems, newItems, { content: (item) => item, similar: isReworded });
  return readingOrder(alignment).flatMap((step): Change[] => {
    if (step.type === 'added') return [added(scope, subject, `${newBase}/${step.new}`, newItems[step.new])];
    if (step.type === 'removed') return [removed(scope, subject, `${oldBase}/${step.old}`, oldItems[step.old])];
    const { pair } = step;
    const [old, neu] = [oldItems[pair.old] as string, newItems[pair.new] as string];
    const oldPointer = `${oldBase}/${pair.old}`;
    const newPointer = `${newBase}/${pair.new}`;
    if (pair.moved && old === neu) return [moved(scope, subject, oldPointer, newPointer, neu)];
    return changedValue(scope, subject, old, neu, oldPointer, newPointer);
  });
}
