import { describe, expect, it } from 'vitest';
import { align, longestIncreasing } from '../src/diff/align.js';
import { isReworded } from '../src/diff/similarity.js';

const text = (item: string) => item;

describe('list alignment', () => {
  it('finds a longest increasing run', () => {
    expect(longestIncreasing([3, 0, 1, 4, 2, 5]).map((position) => [3, 0, 1, 4, 2, 5][position])).toEqual([0, 1, 2, 5]);
    expect(longestIncreasing([])).toEqual([]);
  });

  it('takes one of many equal items out as that one, without reading the others as moved', () => {
    const old = ['kop', 'zelfde', 'zelfde', 'ander', 'zelfde', 'zelfde', 'staart'];
    const neu = ['kop', 'zelfde', 'zelfde', 'zelfde', 'zelfde', 'staart'];
    const alignment = align(old, neu, { content: text });
    expect(alignment.removed).toEqual([3]);
    expect(alignment.added).toEqual([]);
    expect(alignment.pairs.filter((pair) => pair.moved)).toEqual([]);
  });

  it('inserts one of many equal items as one addition', () => {
    const old = ['a', 'x', 'b', 'x', 'c', 'x'];
    const neu = ['a', 'x', 'b', 'x', 'x', 'c', 'x'];
    const alignment = align(old, neu, { content: text });
    expect([alignment.added.length, alignment.removed.length, alignment.pairs.filter((pair) => pair.moved).length]).toEqual([1, 0, 0]);
  });

  it('pairs by identity key where the content changed, and a reworded text only in the place of the old one', () => {
    const keyed = align(['A:1', 'B:1'], ['B:2', 'A:1'], { content: text, keys: [{ old: ['A', 'B'], new: ['B', 'A'] }] });
    expect(keyed.pairs.map(({ old, new: neu, same }) => [old, neu, same])).toEqual([
      [1, 0, false],
      [0, 1, true],
    ]);
    const reworded = align(['bewaakt de planning', 'stelt beleid op'], ['stelt beleid op', 'bewaakt de planning goed'], { content: text, similar: isReworded });
    expect(reworded.pairs.map(({ old, new: neu }) => [old, neu])).toEqual([[1, 0]]);
    expect([reworded.removed, reworded.added]).toEqual([[0], [1]]);
  });
});
