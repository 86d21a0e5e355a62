import type { Alignment, Pair } from './align.js';

export type Step = { type: 'pair'; pair: Pair } | { type: 'removed'; old: number } | { type: 'added'; new: number };

/**
 * The steps of an alignment as a reader meets them in the new document, each removed item
 * where it stood: right after the new position of the unmoved item that preceded it.
 */
export function readingOrder(alignment: Alignment): Step[] {
  const anchors = alignment.pairs.filter((pair) => !pair.moved).sort((a, b) => a.old - b.old);
  const placed: { at: number; step: Step }[] = [
    ...alignment.pairs.map((pair) => ({ at: pair.new, step: { type: 'pair' as const, pair } })),
    ...alignment.added.map((index) => ({ at: index, step: { type: 'added' as const, new: index } })),
  ];
  let anchor = -1;
  let position = -0.5;
  for (const old of alignment.removed) {
    while (anchor + 1 < anchors.length && (anchors[anchor + 1] as Pair).old < old) position = (anchors[++anchor] as Pair).new + 0.5;
    placed.push({ at: position, step: { type: 'removed', old } });
  }
  return placed.sort((a, b) => a.at - b.at).map((entry) => entry.step);
}
