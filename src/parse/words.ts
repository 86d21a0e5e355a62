import type { Line } from '../layout/types.js';

export interface PlacedWord {
  text: string;
  x: number;
}

/**
 * The words of a line with their left edges. Runs that hold several words (Word and
 * LibreOffice emit whole cells) are divided in proportion to the characters.
 */
export function placedWords(line: Line): PlacedWord[] {
  const words: PlacedWord[] = [];
  for (const fragment of line.fragments) {
    const perChar = (fragment.right - fragment.x) / Math.max(1, fragment.text.length);
    for (const match of fragment.text.matchAll(/\S+/g)) {
      words.push({ text: match[0], x: fragment.x + perChar * (match.index ?? 0) });
    }
  }
  return words;
}
