import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from '../src/layout/text.js';
import { isDecodable } from '../src/ocr/text-layer.js';
import { item, page } from './support/items.js';

/** Letters, spaces of every kind, line ends, private-use and control codes, a surrogate pair. */
const pieces = ['a', 'é', ' ', '  ', '\t', '\n', '\r', '\u00A0', '\u2007', '\u3000', '\uFEFF', '\uF0B7', '\uE000', '\u0007', '\u0085', '\uFFFD', '😀', '\uD800', '•'];
const mixed = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''));

/** isDecodable as it was before its counting was rewritten to skip building arrays. */
function decodableByArrays(items: { text: string }[]): boolean {
  const text = items.map((run) => run.text).join(' ');
  const characters = [...text.replace(/\s+/g, '')].length;
  if (characters === 0) return true;
  let unmapped = 0;
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if ((code < 0x20 && char !== '\t' && char !== '\n' && char !== '\r') || (code >= 0x7f && code < 0xa0) || code === 0xfffd) unmapped++;
  }
  let privateUse = 0;
  for (const run of items) {
    const trimmed = run.text.trim();
    const bullet = /^[\uE000-\uF8FF•▪◦●■□○‣⁃∙·➢➤►▸✓✔➔→]/u.test(trimmed) ? 1 : 0;
    privateUse += [...trimmed].slice(bullet).filter((char) => /[\uE000-\uF8FF]/u.test(char)).length;
  }
  return (unmapped + privateUse) / characters <= 0.1;
}

describe('fast paths give what the plain expressions give', () => {
  it('collapses whitespace exactly as replace(/\\s+/g, " ").trim(), skipping strings already collapsed', () => {
    fc.assert(fc.property(mixed, (text) => collapseWhitespace(text) === text.replace(/\s+/g, ' ').trim()), { numRuns: 2000, seed: 13 });
  });

  it('judges unmapped and private-use characters as counting through arrays did', () => {
    fc.assert(
      // Under 20 characters isDecodable decides by the unmapped share alone, which is what was rewritten.
      fc.property(fc.array(mixed.map((text) => text.slice(0, 9)), { minLength: 1, maxLength: 2 }), (texts) => {
        return isDecodable(page(texts.map((text, index) => item(text, 72, 700 - index * 14)))) === decodableByArrays(texts.map((text) => ({ text })));
      }),
      { numRuns: 2000, seed: 13 },
    );
  });
});
