import { patterns } from '../vocabulary/headings.js';
import { editDistance } from './edit-distance.js';

/**
 * What an OCR engine cannot know about HR21 documents, put back by rules. Each rule looks at
 * the words of one recognised line and changes a word only where the document's own conventions
 * leave one reading; anything else stays as read.
 */

/** Look-alikes the engine confuses with digits; only ever replaced inside something that must be a code. */
const DIGIT_LOOK_ALIKES: Record<string, string> = { O: '0', o: '0', D: '0', Q: '0', l: '1', I: '1', i: '1', '|': '1', '!': '1', S: '5', B: '8', Z: '2' };
const DIGITISH = '[0-9OoDQlIi|!SBZ]';
/** A function code: a capital and dotted groups of two digits (N02.01.02). The engine may read a dot as a comma. */
const FUNCTIE_CODE = new RegExp(`^([A-Z])(${DIGITISH}{2}(?:[.,]${DIGITISH}{2}){2})([.,;:]?)$`);
/** A module code (M01): only read as one after a code label, where a word cannot stand. */
const MODULE_CODE = new RegExp(`^([A-Z])(${DIGITISH}{2})$`);

function digits(text: string): string {
  return [...text].map((char) => DIGIT_LOOK_ALIKES[char] ?? (char === ',' ? '.' : char)).join('');
}

/** N02.01.02 read as NO2.0l.02: inside a word shaped like a code, look-alikes become digits. */
export function readCode(word: string, afterCodeLabel: boolean): string {
  const functie = FUNCTIE_CODE.exec(word);
  if (functie) return `${functie[1]}${digits(functie[2] as string)}${functie[3]}`;
  const module = afterCodeLabel ? MODULE_CODE.exec(word) : null;
  if (module) return `${module[1]}${digits(module[2] as string)}`;
  return word;
}

/** The words HR21 headings are made of, as printed. */
const HEADING_WORDS = [
  'Functiebeschrijving',
  'Naam',
  'functie',
  'Functiereeks',
  'Functiegroep',
  'Overwegende',
  'functiekenmerken',
  'Resultaatgebied',
  'Generieke',
  'taken',
  'Module',
  'Modules',
  'Modulenaam',
  'Modulecode',
  'Moduletaken',
];

/**
 * A heading word misread by a letter or two ("Functlereeks", "Resultaatgebled:"), at the start
 * of a line where headings stand, is put back as the vocabulary spells it. Short words and
 * words the vocabulary has exactly are left alone, and so is a word that is as close to two.
 */
export function readHeadingWord(word: string): string {
  const [, core = word, tail = ''] = /^(.*?)([:.]?)$/.exec(word) ?? [];
  if (core.length < 6) return word;
  const lower = core.toLowerCase();
  const allowed = core.length >= 12 ? 2 : 1;
  const close = HEADING_WORDS.filter((candidate) => {
    const distance = editDistance(lower, candidate.toLowerCase());
    return distance > 0 && distance <= allowed;
  });
  if (HEADING_WORDS.some((candidate) => candidate.toLowerCase() === lower) || close.length !== 1) return word;
  const [match] = close as [string];
  // Keep the case the line printed the first letter in.
  const cased = core[0] === core[0]?.toUpperCase() ? match[0]?.toUpperCase() + match.slice(1) : match[0]?.toLowerCase() + match.slice(1);
  return `${cased}${tail}`;
}

/** Names and headings are short lines; running text is longer. */
const SHORT_LINE = 6;

/**
 * A roman numeral as the engine misreads it: I as l, 1, | or ! (a speck under a stroke), and two
 * or three I's joined at their serifs as H or T ("H", "HI", "TI"); how many I's the ink holds is
 * counted again from its strokes when the words become text runs.
 */
const ROMAN_LOOK_ALIKE = /^(?=.*[Il|1!HT])(?!T$)[Il|1!HT]{1,3}$|^[Il|1!]?V[Il|1!]{0,3}$/;

/**
 * The level at the end of a function or functiegroep name ("Adviseur Il", "Strategisch l"):
 * a lone word of I-look-alikes after a capitalised word, not after a number's label
 * ("Resultaatgebied 1"), becomes the roman numeral.
 */
export function readRomanLevel(words: readonly string[], index: number): string {
  const word = words[index] as string;
  const [, core = word, tail = ''] = /^(.*?)([)\]:,;.]?)$/.exec(word) ?? [];
  if (!ROMAN_LOOK_ALIKE.test(core) || index === 0) return word;
  const before = words[index - 1] as string;
  if (!/^[A-Za-zÀ-ÿ’'´&/()-]{3,}$/.test(before) || /^(?:resultaatgebied|taak|pagina|van)$/i.test(before)) return word;
  // A bare "1" is a roman level only where a name ends: the last word of a short line (a name
  // or a heading, not a sentence that ends in "artikel 1").
  if (/^1$/.test(core) && (index !== words.length - 1 || words.length > SHORT_LINE)) return word;
  const level = core.replace(/[l|1!]/g, 'I').replace(/[HT]/g, 'II');
  return /^I{4}/.test(level) ? word : `${level}${tail}`;
}

/**
 * Marks the engine has no way to tell apart: a straight apostrophe inside a word is printed as
 * the typographic ’ in these exports, a dash standing alone is an en dash. One opening a word
 * ("en -ontwikkeling", "en –uitvoering") is either, and stays as read. An
 * acute-accent apostrophe (´) is kept when read as one; read as ' it cannot be told from ’.
 */
export function readPunctuation(word: string): string {
  let text = word.replace(/(?<=\p{L})['‘`](?=\p{L})/gu, '’').replace(/[“”„]/g, '"');
  if (/^[-—]$/.test(text)) text = '–';
  return text;
}

/** "Pagina 1 van 2": the numbers of a page footer, whatever look-alikes the engine read them as. */
function readPageNumbers(words: string[]): void {
  words.forEach((word, index) => {
    if (!/^pagina$/i.test(word) || !/^van$/i.test(words[index + 2] ?? '')) return;
    for (const at of [index + 1, index + 3]) {
      const number = words[at];
      if (number !== undefined && new RegExp(`^${DIGITISH}{1,3}$`).test(number)) words[at] = digits(number);
    }
  });
}

/** Applies every rule to one recognised line's words, in reading order. */
export function readLineWords(words: readonly string[]): string[] {
  const out = words.map((word) => readPunctuation(word));
  if (out.length > 0) out[0] = readHeadingWord(out[0] as string);
  if (out.length > 1 && /^(?:naam|overwegende|generieke)$/i.test(out[0] as string)) out[1] = readHeadingWord(out[1] as string);
  const codeLabel = out.findIndex((word) => patterns.code.test(word) || patterns.moduleCode.test(word));
  for (let index = 0; index < out.length; index++) {
    out[index] = readCode(out[index] as string, codeLabel >= 0 && index > codeLabel);
    out[index] = readRomanLevel(out, index);
  }
  readPageNumbers(out);
  return out;
}
