import { tallLetter } from './line-geometry.js';
import type { OcrLine, OcrWord } from './tesseract.js';

/**
 * A speck of dust or toner the engine read as a "word": smaller each way than a quarter of a
 * capital (a bullet dot is twice that), or a thin upright sliver ("|", "I") it was unsure of.
 */
export function isNoise(line: OcrLine, word: OcrWord): boolean {
  const tall = tallLetter(line);
  const width = word.x1 - word.x0;
  const height = word.y1 - word.y0;
  if (width < 0.25 * tall && height < 0.25 * tall) return true;
  // A blot the engine could give no reading for. A bullet among them is found again from the ink.
  if (word.confidence < 20 && word.text.trim().length <= 2) return true;
  if (word.confidence < 35 && /^[|Il1!]$/.test(word.text.trim()) && width < 0.3 * tall) return true;
  return isStrayMarkAtEnd(line, word);
}

/** Farther from the line's text than a table's columns stand in HR21 exports' running text (capital heights). */
const STRAY = 2;

/** One or two characters without a letter: a mark, not a word. */
const isMark = (word: OcrWord) => word.text.trim().length <= 2 && !/\p{L}/u.test(word.text.trim());

/**
 * A mark the engine was unsure of, far right of the line's text: one or two characters without
 * a letter ("–", "5", "|"), the rest of a rule or a speck; or one of a run of such marks ending
 * the line ("— 5 —" read from specks) that stands as far off and that the engine was unsure of
 * on the whole. A table's value in a column of its own stands as far off, but is read with confidence.
 */
function isStrayMarkAtEnd(line: OcrLine, word: OcrWord): boolean {
  const index = line.words.indexOf(word);
  if (index < 1 || !isMark(word)) return false;
  const far = (mark: OcrWord, before: OcrWord) => mark.x0 - before.x1 > STRAY * tallLetter(line);
  if (index === line.words.length - 1 && word.confidence < 60 && far(word, line.words[index - 1] as OcrWord)) return true;
  let first = line.words.length;
  while (first > 1 && isMark(line.words[first - 1] as OcrWord)) first--;
  if (index < first) return false;
  const marks = line.words.slice(first);
  const confidence = marks.reduce((sum, mark) => sum + mark.confidence, 0) / marks.length;
  return confidence < 60 && far(marks[0] as OcrWord, line.words[first - 1] as OcrWord);
}

/**
 * A speck next to a word that the engine read as punctuation, told by the engine's doubt and by
 * where it sits: a line does not start with ";" or ",", a word does not start with a lone quote
 * that is never closed, "effecten.en" is two words, "realiseren. van" has no full stop, a word
 * does not start with "_", and "programma’'s" has one apostrophe.
 */
export function withoutSpeckPunctuation(words: readonly OcrWord[]): OcrWord[] {
  // Alone, a comma, a dot, a semicolon or a quote is a speck; dashes and underscores together are what is left of a rule.
  // A colon after a word that already ends in one is a speck read as its double; so is a lone dot before a small letter.
  const kept = words.filter(
    (word, index) =>
      !(word.confidence < 60 && /^[‚,.;'‘`´]+$/.test(word.text)) &&
      !/^[—_–\-=~]{2,}$/.test(word.text) &&
      !(/^[:;]$/.test(word.text) && /[:;]$/.test(words[index - 1]?.text ?? '')) &&
      !(word.text === '.' && index > 0 && /^[([]?\p{Ll}/u.test(words[index + 1]?.text ?? '')),
  );
  const out = kept.map((word, index) => {
    // A sentence goes on with a capital: a full word's full stop before a small letter is a speck.
    const next = kept[index + 1];
    if (next !== undefined && /^[([]?\p{Ll}/u.test(next.text) && (/^\p{L}{6,}\.$/u.test(word.text) || NEVER_ABBREVIATED.test(word.text))) {
      return { ...word, text: word.text.slice(0, -1) };
    }
    // No word of running text starts with an underscore: what is left of a rule or an underline.
    if (/^_+\p{L}/u.test(word.text)) return { ...word, text: word.text.replace(/^_+/, '') };
    // Two apostrophes side by side are one read twice.
    if (/\p{L}['’‘´`]{2}\p{L}/u.test(word.text)) return { ...word, text: word.text.replace(/(?<=\p{L})['’‘´`]{2}(?=\p{L})/u, '’') };
    // "aan.en": a dot between a word and a small-letter word is a speck, however sure the engine was.
    const dotted = /^(\p{L}{3,})\.(\p{Ll}{2,})$/u.exec(word.text);
    if (dotted) return { ...word, text: `${dotted[1]} ${dotted[2]}` };
    if (word.confidence >= 60) return word;
    const joined = /^(\p{L}{2,})[.,·'‘](\p{L}{2,})$/u.exec(word.text);
    if (joined) return { ...word, text: `${joined[1]} ${joined[2]}` };
    const opened = /^['‘`,.](?=\p{L}{2,}[^'’]*$)/u.exec(word.text);
    return opened ? { ...word, text: word.text.slice(1) } : word;
  });
  let start = 0;
  while (start < out.length - 1 && /^[.,;:'‘`´]+$/.test((out[start] as OcrWord).text) && (out[start] as OcrWord).confidence < 60) start++;
  return out.slice(start);
}

/** Dutch articles, pronouns and prepositions: never abbreviated, so a full stop after one inside a sentence is a speck. */
const NEVER_ABBREVIATED = /^(?:de|het|een|en|of|op|in|te|van|voor|met|aan|bij|tot|om|uit|naar|over|door|als|dat|die|dit|deze|zijn|is)\.$/i;
