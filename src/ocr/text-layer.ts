import type { ExtractedPage, OcrReason } from '../extract/types.js';
import { isWhiteSpace } from '../layout/text.js';
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

/** Control codes (glyph ids passed through) and the replacement character: characters that map to no text. */
function isUnmapped(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code < 0xa0) || code === 0xfffd;
}

function isPrivateUse(code: number): boolean {
  return code >= 0xe000 && code <= 0xf8ff;
}

/** A private-use code that is not a bullet at the start of its run: a Symbol font's bullet has no Unicode mapping either. */
function privateUseNotBullet(text: string, privateUse: number): number {
  const trimmed = text.trim();
  return UNAMBIGUOUS_BULLET.test(trimmed) && isPrivateUse(trimmed.charCodeAt(0)) ? privateUse - 1 : privateUse;
}

const VOWEL = /[aeiouyàáâäèéêëìíîïòóôöùúûü]/i;
/** Ordinary case: lower-case letters with at most a capital in front, trailing punctuation allowed. */
const LOWER_WORD = /^[("'‘’]?\p{L}\p{Ll}+[)"'’.,:;!?]*$/u;
const CAPITALS_WORD = /^\p{Lu}{2,}[.,:;]?$/u;
const LETTER_EXPRESSION = /\p{L}/u;

interface WordCounts {
  words: number;
  withVowel: number;
  wordlike: number;
}

const isLower = (code: number) => code >= 0x61 && code <= 0x7a;
const isUpper = (code: number) => code >= 0x41 && code <= 0x5a;

/** What an ASCII character is to the counting, looked up once per character instead of tested. */
const SPACE = 1;
const LETTER = 2;
const VOWEL_LETTER = 4;
const ASCII_CLASS = new Uint8Array(0x80);
for (let code = 0; code < 0x80; code++) {
  if (isWhiteSpace(code)) ASCII_CLASS[code] = SPACE;
  else if (isLower(code) || isUpper(code)) ASCII_CLASS[code] = LETTER | ('aeiouyAEIOUY'.includes(String.fromCharCode(code)) ? VOWEL_LETTER : 0);
}

/**
 * Counts one word (two characters or more, holding a letter) into `counts`. An ASCII word comes
 * with what the scan saw of its letters and is judged by its character codes, the same answers
 * the expressions give; a word with any other character by the expressions themselves.
 */
function countWord(text: string, start: number, end: number, seen: number, ascii: boolean, counts: WordCounts): void {
  if (end - start < 2) return;
  if (!ascii) {
    const word = text.slice(start, end);
    if (!LETTER_EXPRESSION.test(word)) return;
    counts.words++;
    if (VOWEL.test(word)) counts.withVowel++;
    if (LOWER_WORD.test(word) || CAPITALS_WORD.test(word)) counts.wordlike++;
    return;
  }
  if ((seen & LETTER) === 0) return;
  counts.words++;
  if ((seen & VOWEL_LETTER) !== 0) counts.withVowel++;
  if (asciiWordlike(text, start, end)) counts.wordlike++;
}

/** LOWER_WORD or CAPITALS_WORD for a word of ASCII characters only. */
function asciiWordlike(text: string, start: number, end: number): boolean {
  let index = start;
  let code = text.charCodeAt(index);
  // ^[A-Z]{2,}[.,:;]?$
  let capitals = 0;
  while (index + capitals < end && isUpper(text.charCodeAt(index + capitals))) capitals++;
  if (capitals >= 2 && (index + capitals === end || (index + capitals === end - 1 && '.,:;'.includes(text[end - 1] as string)))) return true;
  // ^[("']?[A-Za-z][a-z]+[)"'.,:;!?]*$
  if (code === 0x28 || code === 0x22 || code === 0x27) code = text.charCodeAt(++index);
  if (!(isLower(code) || isUpper(code))) return false;
  index++;
  const lowerStart = index;
  while (index < end && isLower(text.charCodeAt(index))) index++;
  if (index === lowerStart) return false;
  for (; index < end; index++) if (!')"\'.,:;!?'.includes(text[index] as string)) return false;
  return true;
}

/**
 * Whether a page's text layer reads as text, judged from the page alone (never from the
 * producer's name): printed-to-PDF files often keep glyph codes without a Unicode map, which
 * extract as control codes or as shifted letters ("*HPHHQWH" for "Gemeente"). The runs' text is
 * read as if joined by spaces; one pass over it, since every page of every file is judged.
 */
export function isDecodable(page: ExtractedPage): boolean {
  let characters = 0;
  let unmapped = 0;
  const counts: WordCounts = { words: 0, withVowel: 0, wordlike: 0 };
  // Counted as characters are once spaces are taken out: a surrogate pair is one, even split by spaces.
  let highSurrogate = false;
  for (const item of page.items) {
    const text = item.text;
    let privateUse = 0;
    let wordStart = 0;
    // What the current word holds so far: its letters' classes, and whether it is ASCII only.
    let seen = 0;
    let ascii = true;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      const kind = code < 0x80 ? (ASCII_CLASS[code] as number) : isWhiteSpace(code) ? SPACE : 0;
      if (kind === SPACE) {
        countWord(text, wordStart, index, seen, ascii, counts);
        wordStart = index + 1;
        seen = 0;
        ascii = true;
        continue;
      }
      if (highSurrogate && code >= 0xdc00 && code <= 0xdfff) {
        highSurrogate = false;
        ascii = false;
        continue;
      }
      characters++;
      if (code < 0x80) {
        highSurrogate = false;
        seen |= kind;
        // Control codes map to nothing and part words too.
        if (code < 0x20 || code === 0x7f) unmapped++;
        if (code < 0x20) {
          countWord(text, wordStart, index, seen, ascii, counts);
          wordStart = index + 1;
          seen = 0;
          ascii = true;
        }
        continue;
      }
      ascii = false;
      highSurrogate = code >= 0xd800 && code <= 0xdbff;
      if (isUnmapped(code)) unmapped++;
      if (isPrivateUse(code)) privateUse++;
    }
    countWord(text, wordStart, text.length, seen, ascii, counts);
    if (privateUse > 0) unmapped += privateUseNotBullet(text, privateUse);
  }
  if (characters === 0) return true;
  if (unmapped / characters > MAX_UNMAPPED) return false;
  if (characters < MIN_CHARACTERS) return true;
  if (counts.words < MIN_WORDS) return true;
  return counts.withVowel / counts.words >= MIN_VOWEL_WORDS && counts.wordlike / counts.words >= MIN_WORDLIKE;
}

/** Why a page needs OCR in this mode, or null when its text layer is read as it is (or it shows nothing). */
export function ocrReason(page: ExtractedPage, mode: 'auto' | 'on'): OcrReason | null {
  if (page.error !== undefined) return null;
  if (page.items.length === 0) return page.scanned ? 'no-text-layer' : null;
  if (!isDecodable(page)) return 'undecodable';
  return mode === 'on' ? 'requested' : null;
}
