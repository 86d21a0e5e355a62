import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { widthShare } from '../src/layout/line-breaks.js';
import { collapseWhitespace } from '../src/layout/text.js';
import { isCopyright } from '../src/vocabulary/furniture.js';
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

/** isDecodable as it was before it became one pass: the text joined, split into words, each tested by expressions. */
function decodableByWords(items: { text: string }[]): boolean {
  const text = items.map((run) => run.text).join(' ');
  const characters = [...text.replace(/\s+/g, '')].length;
  if (characters === 0) return true;
  if (!decodableByArrays(items)) return false;
  if (characters < 20) return true;
  const words = text.split(/[\s\u0000-\u001f]+/).filter((word) => /\p{L}/u.test(word) && word.length >= 2);
  if (words.length < 8) return true;
  const withVowel = words.filter((word) => /[aeiouyàáâäèéêëìíîïòóôöùúûü]/i.test(word)).length;
  const wordlike = words.filter((word) => /^[("'‘’]?\p{L}\p{Ll}+[)"'’.,:;!?]*$/u.test(word) || /^\p{Lu}{2,}[.,:;]?$/u.test(word)).length;
  return withVowel / words.length >= 0.7 && wordlike / words.length >= 0.5;
}

/** Words as text layers hold them, well read and garbled: cases, accents, signs around them, glyph codes. */
const wordPieces = ['de', 'Gemeente', 'HR', 'BTW.', 'XQ', '*HPHHQWH', 'bcd', 'rst', '(zie', 'taken)', "'t", 'één', 'ÉÉN', 'café,', 'CRM:', 'Ab', 'aB', 'x', '12', 'A1', 'na;', 'wél!', 'ßa', '‘Ja’', '’s', 'Ωmega', 'ǅx', 'y', 'Y.', 'zz?', '\uF0B7', '\u0007', '\uFFFD', '😀', '\uD800', '\uDC00'];
const separators = [' ', '  ', '\t', '\n', '\u00A0', '\u2007', '\u3000', '\u0003', ''];
const layerText = fc
  .array(fc.tuple(fc.constantFrom(...wordPieces), fc.constantFrom(...separators)), { maxLength: 24 })
  .map((parts) => parts.map(([word, separator]) => word + separator).join(''));

/** widthShare as it was before ASCII widths came from a table: a Map lookup per character of the string's iteration. */
const OLD_WIDTHS = new Map<string, number>([
  ...[...'ijlI.,:;\'’‘!|()[] '].map((char) => [char, 0.5] as const),
  ...[...'frt-–'].map((char) => [char, 0.7] as const),
  ...[...'mwMW'].map((char) => [char, 1.5] as const),
]);
function widthShareByIteration(part: string, whole: string): number {
  const width = (text: string) => {
    let sum = 0;
    for (const char of text) {
      const known = OLD_WIDTHS.get(char);
      const code = char.charCodeAt(0);
      sum += known ?? ((code >= 65 && code <= 90) || (code > 127 && char !== char.toLowerCase()) ? 1.3 : 1);
    }
    return sum;
  };
  return Math.min(1, width(part) / Math.max(1, width(whole)));
}

/** Characters of every width class, beyond ASCII, capitals with and without a lower case, pairs and lone surrogates. */
const widthText = fc.array(fc.constantFrom('i', 'l', 'I', '.', ' ', '’', 'f', 't', '–', '-', 'm', 'W', 'a', 'Z', 'é', 'É', 'ß', 'Ω', '😀', '𐐀', '\uD800', '\uDC00', '7', '\uF0B7'), { maxLength: 30 }).map((parts) => parts.join(''));

const COPYRIGHT_AS_IT_WAS = /niets\s+van\s+deze\s+uitgave|(?:©|\(c\)|copyright|auteursrecht).*\bvng\b|\bvng\b.*(?:©|copyright|verveelvoudigd)/i;
const copyrightText = fc
  .array(fc.constantFrom('Niets', 'van', 'deze', 'uitgave', '©', '(c)', 'Copyright', 'auteursrecht', 'VNG', 'vng', 'Vng', 'xvng', 'verveelvoudigd', 'mag', '2026', ' ', '  ', '\t', ','), { maxLength: 12 })
  .map((parts) => parts.join(' '));

describe('fast paths give what the plain expressions give', () => {
  it('shares a width out by characters exactly as iterating the string with a map did', () => {
    fc.assert(fc.property(widthText, widthText, (part, rest) => widthShare(part, part + rest) === widthShareByIteration(part, part + rest)), { numRuns: 3000, seed: 13 });
  });

  it('finds the copyright sentence exactly where the expression alone finds it', () => {
    fc.assert(fc.property(copyrightText, (text) => isCopyright(text) === COPYRIGHT_AS_IT_WAS.test(text)), { numRuns: 3000, seed: 13 });
  });

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

  it('judges a page by its words in one pass as splitting and testing each word did', () => {
    fc.assert(
      fc.property(fc.array(layerText, { minLength: 1, maxLength: 4 }), (texts) => {
        return isDecodable(page(texts.map((text, index) => item(text, 72, 700 - index * 14)))) === decodableByWords(texts.map((text) => ({ text })));
      }),
      { numRuns: 5000, seed: 13 },
    );
  });
});
