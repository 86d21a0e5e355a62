/** An old item and the new item it became; `moved` when it left its place among the others. */
export interface Pair {
  old: number;
  new: number;
  moved: boolean;
  /** Equal content: nothing inside it changed, so there is nothing to compare. */
  same: boolean;
}

export interface Alignment {
  /** In the new document's order. */
  pairs: Pair[];
  /** Old items with no counterpart, in the old order. */
  removed: number[];
  /** New items with no counterpart, in the new order. */
  added: number[];
}

/** One way to tell that two items are the same item even when their content changed. */
export interface IdentityKey {
  /** A key per old item; null where this key says nothing (a missing code or titel). */
  old: readonly (string | null)[];
  /** A key per new item, in the same space as the old keys. */
  new: readonly (string | null)[];
}

export interface AlignOptions<T> {
  /** The item's content as one string: equal strings mean an unchanged (perhaps moved) item. */
  content: (item: T) => string;
  /** Identity keys in priority order (a function's code, then its naam). */
  keys?: readonly IdentityKey[];
  /** Pairs what is left between two unchanged neighbours when this says they are one item reworded. */
  similar?: (old: T, neu: T) => boolean;
}

/** What is paired so far, and what is still free on each side. */
interface Pairing {
  paired: Map<number, number>;
  oldFree: Set<number>;
  newFree: Set<number>;
  oldLength: number;
  newLength: number;
}

function pairUp(state: Pairing, old: number, neu: number): void {
  state.paired.set(old, neu);
  state.oldFree.delete(old);
  state.newFree.delete(neu);
}

/** The stretches between pairs that keep their order: [oldStart, oldEnd, newStart, newEnd), exclusive bounds. */
function gapsBetweenAnchors(state: Pairing): [number, number, number, number][] {
  const anchors = [...state.paired.entries()].sort((a, b) => a[0] - b[0]);
  const inOrder = longestIncreasing(anchors.map(([, neu]) => neu)).map((position) => anchors[position] as [number, number]);
  const bounds: [number, number][] = [[-1, -1], ...inOrder, [state.oldLength, state.newLength]];
  return bounds.slice(1).map(([oldEnd, newEnd], index) => {
    const [oldStart, newStart] = bounds[index] as [number, number];
    return [oldStart + 1, oldEnd, newStart + 1, newEnd];
  });
}

function occurrences(indices: Iterable<number>, keys: readonly (string | null)[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const index of indices) {
    const value = keys[index];
    if (value == null) continue;
    const list = groups.get(value);
    if (list) list.push(index);
    else groups.set(value, [index]);
  }
  return groups;
}

/** Pairs the k-th old occurrence of each value with the k-th new one, among the given indices. */
function pairInOrder(state: Pairing, key: IdentityKey, oldIndices: number[], newIndices: number[]): void {
  const waiting = occurrences(oldIndices, key.old);
  for (const index of newIndices) {
    const value = key.new[index];
    const old = value == null ? undefined : waiting.get(value)?.shift();
    if (old !== undefined) pairUp(state, old, index);
  }
}

/**
 * Pairs items that share a key value, as patience diff does: first values found once on each
 * side; then, between those that kept their order, equal values in order; only what is left
 * pairs across (and reads as moved). So of ten rows with the same text, one removed in the
 * middle is that one, not every later one shifted.
 */
function pairByKey(key: IdentityKey, state: Pairing): void {
  const oldGroups = occurrences(state.oldFree, key.old);
  const newGroups = occurrences(state.newFree, key.new);
  for (const [value, olds] of oldGroups) {
    const news = newGroups.get(value);
    if (olds.length === 1 && news?.length === 1) pairUp(state, olds[0] as number, news[0] as number);
  }
  for (const [oldStart, oldEnd, newStart, newEnd] of gapsBetweenAnchors(state)) {
    const inGap = (free: Set<number>, start: number, end: number) => Array.from({ length: Math.max(0, end - start) }, (_, offset) => start + offset).filter((index) => free.has(index));
    pairInOrder(state, key, inGap(state.oldFree, oldStart, oldEnd), inGap(state.newFree, newStart, newEnd));
  }
  pairInOrder(state, key, [...state.oldFree].sort((a, b) => a - b), [...state.newFree].sort((a, b) => a - b));
}

/**
 * Pairs what is still free between consecutive anchors (pairs in both orders), so a reworded
 * item is only ever taken for the item that stood in its place.
 */
function pairSimilarInGaps<T>(oldItems: readonly T[], newItems: readonly T[], similar: (old: T, neu: T) => boolean, state: Pairing): void {
  for (const [oldStart, oldEnd, newStart, newEnd] of gapsBetweenAnchors(state)) {
    let from = newStart;
    for (let i = oldStart; i < oldEnd; i++) {
      if (!state.oldFree.has(i)) continue;
      for (let j = from; j < newEnd; j++) {
        if (!state.newFree.has(j) || !similar(oldItems[i] as T, newItems[j] as T)) continue;
        pairUp(state, i, j);
        from = j + 1;
        break;
      }
    }
  }
}

/** Positions of a longest strictly increasing subsequence (patience sorting, O(n log n)). */
export function longestIncreasing(values: readonly number[]): number[] {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  for (let index = 0; index < values.length; index++) {
    const value = values[index] as number;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((values[tails[middle] as number] as number) < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1] as number;
    tails[low] = index;
  }
  const result: number[] = [];
  for (let index = tails.at(-1) ?? -1; index !== -1; index = previous[index] as number) result.push(index);
  return result.reverse();
}

/**
 * Aligns two ordered lists as a reader compares them: unchanged items first, then items that
 * share an identity key, then reworded items in the place of the old one. Of the pairs, the
 * longest run in the same order stays in place (so an insertion shifts nothing); a pair
 * outside it is a move. Pairing by hash (as patience diff does) and finding the run by
 * patience sorting keep it near O(n log n): a 600-page book has hundreds of functions.
 */
export function align<T>(oldItems: readonly T[], newItems: readonly T[], options: AlignOptions<T>): Alignment {
  const state: Pairing = { paired: new Map(), oldFree: new Set(oldItems.keys()), newFree: new Set(newItems.keys()), oldLength: oldItems.length, newLength: newItems.length };
  pairByKey({ old: oldItems.map(options.content), new: newItems.map(options.content) }, state);
  const same = new Set(state.paired.keys());
  for (const key of options.keys ?? []) pairByKey(key, state);
  if (options.similar) pairSimilarInGaps(oldItems, newItems, options.similar, state);
  const { paired, oldFree, newFree } = state;

  const byOld = [...paired.entries()].sort((a, b) => a[0] - b[0]);
  const staying = new Set(longestIncreasing(byOld.map(([, neu]) => neu)));
  const pairs = byOld.map(([old, neu], position) => ({ old, new: neu, moved: !staying.has(position), same: same.has(old) })).sort((a, b) => a.new - b.new);
  return { pairs, removed: [...oldFree].sort((a, b) => a - b), added: [...newFree].sort((a, b) => a - b) };
}
