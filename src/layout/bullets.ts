import { AMBIGUOUS_BULLET as AMBIGUOUS, UNAMBIGUOUS_BULLET as UNAMBIGUOUS } from '../vocabulary/bullets.js';

export interface BulletSplit {
  bullet: string;
  /** Characters of the first fragment taken by the bullet and the space after it. */
  consumed: number;
}

/** Finds a bullet at the start of a line's first fragment, or says there is none. */
export function splitBullet(firstFragment: string, hasMoreFragments: boolean): BulletSplit | null {
  const text = firstFragment.trimStart();
  const lead = firstFragment.length - text.length;
  const glyph = text.match(UNAMBIGUOUS)?.[0];
  if (glyph) {
    const rest = text.slice(glyph.length);
    const space = rest.length - rest.trimStart().length;
    if (rest.trim() === '' && !hasMoreFragments) return null;
    return { bullet: glyph, consumed: lead + glyph.length + space };
  }
  const word = text.match(/^\S+/)?.[0] ?? '';
  if (!AMBIGUOUS.test(word)) return null;
  const rest = text.slice(word.length);
  if (rest.trim() === '') {
    return hasMoreFragments ? { bullet: word, consumed: firstFragment.length } : null;
  }
  // "- tekst" merged into one run: a bullet only when a space separates it from the text.
  if (!/^\s/.test(rest)) return null;
  return { bullet: word, consumed: lead + word.length + (rest.length - rest.trimStart().length) };
}
