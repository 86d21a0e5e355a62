import { diffArrays } from 'diff';
import { comparable } from '../parse/text.js';

/** Below this share of common words two texts are different items, not one item reworded. */
const REWORDED_AT_LEAST = 0.5;

/** Share of words two texts have in common, in order (Dice coefficient over a word LCS). */
export function wordSimilarity(a: string, b: string): number {
  const oldWords = comparable(a).split(' ').filter(Boolean);
  const newWords = comparable(b).split(' ').filter(Boolean);
  if (oldWords.length + newWords.length === 0) return 1;
  let common = 0;
  for (const part of diffArrays(oldWords, newWords)) if (!part.added && !part.removed) common += part.count;
  return (2 * common) / (oldWords.length + newWords.length);
}

/** Whether a new text reads as the old one reworded rather than as another text. */
export function isReworded(a: string, b: string): boolean {
  return wordSimilarity(a, b) >= REWORDED_AT_LEAST;
}
