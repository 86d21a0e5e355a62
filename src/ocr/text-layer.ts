import type { ExtractedPage, OcrReason } from '../extract/types.js';
import { UNAMBIGUOUS_BULLET } from '../vocabulary/bullets.js';

/** Too little text to judge by its words: a page number or a short label is judged by its characters only. */
const MIN_CHARACTERS = 20;
/** A text layer with more characters than this share that map to nothing is not text. */
const MAX_UNMAPPED = 0.1;
/** Dutch words nearly all hold a vowel; glyph codes read as letters mostly do not. */
const MIN_VOWEL_WORDS = 0.7;
/** Words that look like words: letters in ordinary case. Glyph codes come out as capitals and signs. */
const MIN_WORDLIKE = 0.5;
/** Needed before the share of words says anything. */
const MIN_WORDS = 8;

/**
 * Characters that map to no text: control codes (glyph ids passed through), the replacement
 * character, and private-use codes that are not a bullet at the start of a run (a Symbol font's
 * bullet has no Unicode mapping either, and is the one private-use glyph exports print).
 */
function unmapped(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    // Code units suffice: every code counted here is below U+FFFF, and surrogates are none of them.
    const code = text.charCodeAt(index);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code < 0xa0) || code === 0xfffd) count++;
  }
  return count;
}

const PRIVATE_USE = /[\uE000-\uF8FF]/g;

function privateUseNotBullet(items: ExtractedPage['items']): number {
  let count = 0;
  for (const item of items) {
    const text = item.text.trim();
    const privateUse = text.match(PRIVATE_USE)?.length ?? 0;
    if (privateUse === 0) continue;
    // A private-use bullet in front does not count.
    const first = text.charCodeAt(0);
    count += UNAMBIGUOUS_BULLET.test(text) && first >= 0xe000 && first <= 0xf8ff ? privateUse - 1 : privateUse;
  }
  return count;
}

/** How many characters (code points, as `[...text]` counts them) a string holds, without building the array. */
function codePoints(text: string): number {
  let count = text.length;
  for (let index = 0; index < text.length - 1; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        index++;
      }
    }
  }
  return count;
}

/**
 * Whether a page's text layer reads as text, judged from the page alone (never from the
 * producer's name): printed-to-PDF files often keep glyph codes without a Unicode map, which
 * extract as control codes or as shifted letters ("*HPHHQWH" for "Gemeente").
 */
export function isDecodable(page: ExtractedPage): boolean {
  const text = page.items.map((item) => item.text).join(' ');
  const characters = codePoints(text.replace(/\s+/g, ''));
  if (characters === 0) return true;
  if ((unmapped(text) + privateUseNotBullet(page.items)) / characters > MAX_UNMAPPED) return false;
  if (characters < MIN_CHARACTERS) return true;
  const words = text.split(/[\s\u0000-\u001f]+/).filter((word) => /\p{L}/u.test(word) && word.length >= 2);
  if (words.length < MIN_WORDS) return true;
  const withVowel = words.filter((word) => /[aeiouyàáâäèéêëìíîïòóôöùúûü]/i.test(word)).length;
  // Ordinary case: lower-case letters with at most a capital in front, trailing punctuation allowed.
  const wordlike = words.filter((word) => /^[("'‘’]?\p{L}\p{Ll}+[)"'’.,:;!?]*$/u.test(word) || /^\p{Lu}{2,}[.,:;]?$/u.test(word)).length;
  return withVowel / words.length >= MIN_VOWEL_WORDS && wordlike / words.length >= MIN_WORDLIKE;
}

/** Why a page needs OCR in this mode, or null when its text layer is read as it is (or it shows nothing). */
export function ocrReason(page: ExtractedPage, mode: 'auto' | 'on'): OcrReason | null {
  if (page.error !== undefined) return null;
  if (page.items.length === 0) return page.scanned ? 'no-text-layer' : null;
  if (!isDecodable(page)) return 'undecodable';
  return mode === 'on' ? 'requested' : null;
}
