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

/** Pairs items that share a key value, the k-th old occurrence with the k-th new one. */
function pairByKey(key: IdentityKey, oldFree: Set<number>, newFree: Set<number>, out: Map<number, number>): void {
  const waiting = new Map<string, number[]>();
  for (const index of oldFree) {
    const value = key.old[index];
    if (value == null) continue;
    const list = waiting.get(value);
    if (list) list.push(index);
    else waiting.set(value, [index]);
  }
  for (const index of [...newFree]) {
    const value = key.new[index];
    const oldIndex = value == null ? undefined : waiting.get(value)?.shift();
    if (oldIndex === undefined) continue;
    out.set(oldIndex, index);
    oldFree.delete(oldIndex);
    newFree.delete(index);
  }
}

/**
 * Pairs what is still free between consecutive anchors (pairs in both orders), so a reworded
 * item is only ever taken for the item that stood in its place.
 */
function pairSimilarInGaps<T>(oldItems: readonly T[], newItems: readonly T[], similar: (old: T, neu: T) => boolean, oldFree: Set<number>, newFree: Set<number>, out: Map<number, number>): void {
  const anchors = [...out.entries()].sort((a, b) => a[0] - b[0]);
  const inOrder = longestIncreasing(anchors.map(([, neu]) => neu)).map((position) => anchors[position] as [number, number]);
  const bounds: [number, number][] = [[-1, -1], ...inOrder, [oldItems.length, newItems.length]];
  for (let gap = 0; gap + 1 < bounds.length; gap++) {
    const [oldStart, newStart] = bounds[gap] as [number, number];
    const [oldEnd, newEnd] = bounds[gap + 1] as [number, number];
    let from = newStart + 1;
    for (let i = oldStart + 1; i < oldEnd; i++) {
      if (!oldFree.has(i)) continue;
      for (let j = from; j < newEnd; j++) {
        if (!newFree.has(j) || !similar(oldItems[i] as T, newItems[j] as T)) continue;
        out.set(i, j);
        oldFree.delete(i);
        newFree.delete(j);
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
 * outside it is a move. Pairing by hash and the run by patience sorting keep it O(n log n):
 * a 600-page book has hundreds of functions.
 */
export function align<T>(oldItems: readonly T[], newItems: readonly T[], options: AlignOptions<T>): Alignment {
  const paired = new Map<number, number>();
  const oldFree = new Set(oldItems.keys());
  const newFree = new Set(newItems.keys());
  pairByKey({ old: oldItems.map(options.content), new: newItems.map(options.content) }, oldFree, newFree, paired);
  const same = new Set(paired.keys());
  for (const key of options.keys ?? []) pairByKey(key, oldFree, newFree, paired);
  if (options.similar) pairSimilarInGaps(oldItems, newItems, options.similar, oldFree, newFree, paired);

  const byOld = [...paired.entries()].sort((a, b) => a[0] - b[0]);
  const staying = new Set(longestIncreasing(byOld.map(([, neu]) => neu)));
  const pairs = byOld.map(([old, neu], position) => ({ old, new: neu, moved: !staying.has(position), same: same.has(old) })).sort((a, b) => a.new - b.new);
  return { pairs, removed: [...oldFree].sort((a, b) => a - b), added: [...newFree].sort((a, b) => a - b) };
}
