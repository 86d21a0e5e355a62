import type { TextItem } from '../extract/types.js';
import { bulletLeftOf, largestBlob } from './bullet-marks.js';
import type { GreyImage } from './grey-image.js';
import { readLineWords } from './reading-rules.js';
import type { OcrLine, OcrPageResult, OcrWord } from './tesseract.js';

/** How an OCR'd page maps to PDF units: the image's pixels over the displayed page's size. */
export interface PageFrame {
  image: GreyImage;
  /** Page size in PDF units. */
  width: number;
  height: number;
}

/** The engine's row height (descender to ascender) as a share of the font size, for common text faces. */
const ROW_HEIGHT_PER_EM = 0.95;
/** Font sizes are rounded to this, so one size read a little differently on two lines stays one size. */
const SIZE_STEP = 0.5;
/** A word whose strokes are this much thicker than the page's usual, for its size, is bold. */
const BOLD_STROKE = 1.3;
/** Grey below this is ink. */
const INK = 128;

/** Font ids of OCR'd text: the engine gives no font, but stroke weight tells bold from regular. */
export const OCR_FONT = { regular: 'ocr', bold: 'ocr-bold' } as const;

function baselineAt(line: OcrLine, x: number): number {
  const { x0, y0, x1, y1 } = line.baseline;
  return x1 === x0 ? y0 : y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
}

/** Mean length of the horizontal ink runs inside a word's box: the width of its strokes, in pixels. */
export function strokeWidth(image: GreyImage, word: OcrWord): number {
  let runs = 0;
  let inked = 0;
  const x0 = Math.max(0, Math.floor(word.x0));
  const x1 = Math.min(image.width, Math.ceil(word.x1));
  for (let y = Math.max(0, Math.floor(word.y0)); y < Math.min(image.height, Math.ceil(word.y1)); y++) {
    let inRun = false;
    for (let x = x0; x < x1; x++) {
      const ink = (image.pixels[y * image.width + x] as number) < INK;
      if (ink) {
        inked++;
        if (!inRun) runs++;
      }
      inRun = ink;
    }
  }
  return runs === 0 ? 0 : inked / runs;
}

/** Ascender to baseline: the height of a capital or a tall letter, in pixels. */
function tallLetter(line: OcrLine): number {
  return Math.max(1, line.rowHeight - line.descenders);
}

/**
 * Shaped like a list bullet, whatever the engine read it as ("e", "o", "«", "*", "•"): the
 * first word of a line, one or two characters, standing clear of the text after it, and either
 * raised off the baseline (a dot or a dash sits at mid-height; a letter stands on the baseline)
 * or no letter at all.
 */
export function isBulletShape(line: OcrLine, index: number): boolean {
  if (index !== 0 || line.words.length < 2) return false;
  const [mark, next] = line.words as [OcrWord, OcrWord];
  const text = mark.text.trim();
  if (text.length > 2 || /^\d+[.)]?$/.test(text)) return false;
  const tall = tallLetter(line);
  if (next.x0 - mark.x1 < 0.25 * tall) return false;
  const raised = baselineAt(line, (mark.x0 + mark.x1) / 2) - mark.y1 >= 0.12 * tall;
  const letter = /\p{L}/u.test(text);
  // A mark read with a stray stroke ("_°") may come out wider than a letter, never taller.
  const small = mark.x1 - mark.x0 <= (letter ? 0.8 : 1.2) * tall && mark.y1 - mark.y0 <= 0.8 * tall;
  return small && (raised || !letter);
}

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

/**
 * A mark the engine was unsure of, far right of the line's last word: one or two characters
 * without a letter ("–", "5", "|"), the rest of a rule or a speck. A table's value in a column
 * of its own stands as far off, but is read with confidence.
 */
function isStrayMarkAtEnd(line: OcrLine, word: OcrWord): boolean {
  const index = line.words.indexOf(word);
  if (index < 1 || index !== line.words.length - 1) return false;
  const before = line.words[index - 1] as OcrWord;
  const text = word.text.trim();
  return text.length <= 2 && !/\p{L}/u.test(text) && word.confidence < 60 && word.x0 - before.x1 > STRAY * tallLetter(line);
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

/** A bullet the engine glued to the item's first word ("«initieert"): no word starts with these. */
const GLUED_BULLET = /^[«»•·*°■□▪●◦>]+(?=\p{L})/u;

/** Farther from the text than any word space: a mark standing this far off is not a word of the line (in capital heights). */
const APART = 0.8;

/**
 * A first "word" of one or two characters that the ink says is a bullet, however the engine
 * boxed it (a speck beside a dot makes its box a letter's size): the largest blob between it and
 * the text is small and either raised off the baseline, as dots and dashes are, or stands
 * farther from the text than a word space, as an "o" bullet on the baseline does.
 */
export function isBulletByInk(line: OcrLine, image: GreyImage): boolean {
  if (line.words.length < 2) return false;
  const [mark, next] = line.words as [OcrWord, OcrWord];
  const text = mark.text.trim();
  // A list is numbered from 1: a lone "0" is an "o" bullet misread.
  if (text.length > 2 || /^[1-9]\d*[.)]?$/.test(text)) return false;
  const tall = tallLetter(line);
  const gap = next.x0 - mark.x1;
  if (gap < 0.25 * tall) return false;
  const baseline = baselineAt(line, next.x0);
  const blob = bulletLeftOf(image, next.x0, baseline, tall);
  if (blob === null) return false;
  return baseline - blob.y1 >= 0.12 * tall || gap >= APART * tall;
}

/** Where the line's text starts: its first word with a letter or digit, after a glued or misread bullet. */
function textStart(line: OcrLine, image: GreyImage): { index: number; x: number } {
  const first = line.words[0] as OcrWord;
  const glued = GLUED_BULLET.exec(first.text)?.[0];
  if (glued !== undefined) {
    // The engine's letter boxes say where the word itself starts.
    const x = first.symbols?.[glued.length]?.x0 ?? first.x0 + ((first.x1 - first.x0) * glued.length) / first.text.length;
    return { index: 0, x };
  }
  const index = line.words.findIndex((word, at) => /[\p{L}\p{N}]/u.test(word.text) && !(at === 0 && (isBulletShape(line, 0) || isBulletByInk(line, image))));
  return index < 0 ? { index: 0, x: first.x0 } : { index, x: (line.words[index] as OcrWord).x0 };
}

/**
 * Bullets by geometry: a line whose text has a small blob of ink to its left is a list item,
 * whatever the engine read the blob as ("e", "o", "«", "*", "_°") or if it read nothing. The
 * marks read before the text give way to one "•" where the blob is. Specks are dropped first.
 */
function markBullets(lines: readonly OcrLine[], image: GreyImage): { line: OcrLine; bullet: boolean }[] {
  return lines
    .map((line) => ({ ...line, words: withoutSpeckPunctuation(line.words.filter((word) => !isNoise(line, word))) }))
    .filter((line) => line.words.length > 0)
    .map((line) => {
      const start = textStart(line, image);
      const text = line.words.slice(start.index);
      const first = text[0] as OcrWord;
      const glued = GLUED_BULLET.exec(first.text)?.[0];
      const rest = glued === undefined ? text : [{ ...first, text: first.text.slice(glued.length), x0: start.x }, ...text.slice(1)];
      const blob = bulletLeftOf(image, start.x, baselineAt(line, start.x), tallLetter(line));
      if (blob !== null) return { line: { ...line, words: [{ text: '•', confidence: 100, ...blob }, ...rest] }, bullet: true };
      return { line: { ...line, words: [...line.words.slice(0, start.index), ...rest] }, bullet: false };
    });
}

/**
 * Each line's font size from its height. The engine's row height varies a little with the
 * letters a line holds, so sizes within a sixth of the page's commonest size are taken to be it.
 */
function fontSizes(lines: readonly OcrLine[], sy: number): number[] {
  const raw = lines.map((line) => Math.max(SIZE_STEP, Math.round(line.rowHeight / sy / ROW_HEIGHT_PER_EM / SIZE_STEP) * SIZE_STEP));
  const weight = new Map<number, number>();
  lines.forEach((line, index) => {
    const size = raw[index] as number;
    weight.set(size, (weight.get(size) ?? 0) + line.words.reduce((sum, word) => sum + word.text.length, 0));
  });
  let common = raw[0] ?? SIZE_STEP;
  for (const [size, count] of weight) if (count > (weight.get(common) ?? 0)) common = size;
  return raw.map((size) => (Math.abs(size - common) <= common / 6 ? common : size));
}

/** The stroke width for its size that most of the page's characters are set in. */
function bodyStroke(strokes: readonly { ratio: number; weight: number }[]): number {
  const sorted = [...strokes].sort((a, b) => a.ratio - b.ratio);
  const total = sorted.reduce((sum, stroke) => sum + stroke.weight, 0);
  let seen = 0;
  for (const stroke of sorted) {
    seen += stroke.weight;
    if (seen >= total / 2) return stroke.ratio;
  }
  return 0;
}

/** A column belongs to an upright stroke when ink covers this share of the capital's height. */
const STEM = 0.6;

/**
 * How many upright strokes a word's ink holds between the line's baseline and its capital
 * height: the number of I's in a roman level, which the engine miscounts ("II" for "III", "1!").
 * Serifs and a speck above or below do not reach the share of the height a stem fills.
 */
export function uprightStrokes(image: GreyImage, line: OcrLine, word: OcrWord): number {
  const tall = tallLetter(line);
  const x0 = Math.max(0, Math.floor(word.x0));
  const x1 = Math.min(image.width, Math.ceil(word.x1));
  let strokes = 0;
  let inStroke = false;
  for (let x = x0; x < x1; x++) {
    const baseline = baselineAt(line, x);
    const top = Math.max(0, Math.round(baseline - tall));
    const bottom = Math.min(image.height, Math.round(baseline));
    let inked = 0;
    for (let y = top; y < bottom; y++) if ((image.pixels[y * image.width + x] as number) < INK) inked++;
    const stem = inked >= STEM * (bottom - top);
    if (stem && !inStroke) strokes++;
    inStroke = stem;
  }
  return strokes;
}

/** An acute accent lies at least this much wider than high; a closing quote stands upright (measured: 1.15 and 0.55). */
const ACUTE_WIDTH = 0.85;

/**
 * The apostrophe inside a word ("risico´s", "programma’s") told by its ink: exports print the
 * acute accent ´ or the closing quote ’, and the engine reads both as either. The accent is a
 * short stroke lying at a slant, the quote an upright comma. Only the ink above the small
 * letters is looked at, so the letters on either side do not count.
 */
export function apostropheByShape(text: string, image: GreyImage, line: OcrLine, word: OcrWord): string {
  const tall = tallLetter(line);
  return [...text]
    .map((char, index) => {
      const symbol = word.symbols?.[index];
      if (!/[’´]/.test(char) || symbol === undefined || [...word.text].length !== [...text].length) return char;
      const baseline = baselineAt(line, (symbol.x0 + symbol.x1) / 2);
      const region = { x0: symbol.x0, x1: symbol.x1, y0: baseline - 1.2 * tall, y1: baseline - 0.5 * tall };
      const blob = largestBlob(image, region);
      if (blob === null || blob.y1 >= region.y1 - 1 || blob.y0 <= region.y0 + 1) return char;
      return (blob.x1 - blob.x0) / Math.max(1, blob.y1 - blob.y0) >= ACUTE_WIDTH ? '´' : '’';
    })
    .join('');
}

/** Ink length of a hyphen, an en dash and an em dash, in capital heights: about 0.4, 0.75 and 1.4 in text faces. */
const EN_DASH = 0.58;
const EM_DASH = 1.1;

/**
 * The dash opening a word ("en –uitvoering", "en -procedures") told by its length, which the
 * engine does not weigh: it reads all three as whichever it expects.
 */
export function dashByLength(text: string, line: OcrLine, word: OcrWord): string {
  const first = word.symbols?.[0];
  if (!/^[-–—]\p{L}/u.test(text) || first === undefined) return text;
  const length = (first.x1 - first.x0) / tallLetter(line);
  return `${length < EN_DASH ? '-' : length < EM_DASH ? '–' : '—'}${text.slice(1)}`;
}

/** A level of I's as the rules leave it, with what may follow it on a heading line. */
const ROMAN_LEVEL = /^(I{1,3})([)\]:,;.]?)$/;

/** A roman level the rules read as I's is counted again from the ink: one I a stroke, up to three. */
function countedLevel(text: string, image: GreyImage, line: OcrLine, word: OcrWord): string {
  const level = ROMAN_LEVEL.exec(text);
  if (level === null) return text;
  const strokes = uprightStrokes(image, line, word);
  return strokes >= 1 && strokes <= 3 ? `${'I'.repeat(strokes)}${level[2]}` : text;
}

/**
 * Turns recognised lines into the text runs extraction produces for a text layer: one run a
 * word, in PDF units (origin bottom-left), its baseline from the engine's line, its font size
 * from the line's height, and its confidence. Bullets are told by geometry, the document's
 * vocabulary puts back what the engine misread.
 */
export function toTextItems(result: OcrPageResult, frame: PageFrame): TextItem[] {
  const sx = frame.image.width / frame.width;
  const sy = frame.image.height / frame.height;
  const marked = markBullets(result.lines, frame.image);
  const lines = marked.map(({ line }) => line);
  const sizes = fontSizes(lines, sy);
  const strokes = lines.flatMap((line) =>
    line.words.map((word) => ({ ratio: strokeWidth(frame.image, word) / Math.max(1, line.rowHeight), weight: word.text.length })),
  );
  const body = bodyStroke(strokes);
  const items: TextItem[] = [];
  let at = 0;
  for (const [index, line] of lines.entries()) {
    const fontSize = sizes[index] as number;
    const bullet = (marked[index] as { bullet: boolean }).bullet;
    const words = line.words.slice(bullet ? 1 : 0);
    const read = readLineWords(words.map((word) => word.text)).map((text, at) => {
      const word = words[at] as OcrWord;
      return apostropheByShape(dashByLength(countedLevel(text, frame.image, line, word), line, word), frame.image, line, word);
    });
    const texts = [...(bullet ? ['•'] : []), ...read];
    line.words.forEach((word, wordIndex) => {
      const stroke = strokes[at++]?.ratio ?? 0;
      items.push({
        // Every word is a word: a trailing space keeps two close words apart when layout joins runs.
        text: wordIndex < line.words.length - 1 ? `${texts[wordIndex] as string} ` : (texts[wordIndex] as string),
        x: word.x0 / sx,
        y: frame.height - baselineAt(line, (word.x0 + word.x1) / 2) / sy,
        width: (word.x1 - word.x0) / sx,
        fontSize,
        fontId: body > 0 && stroke > BOLD_STROKE * body ? OCR_FONT.bold : OCR_FONT.regular,
        rotated: false,
        confidence: word.confidence,
      });
    });
  }
  return items;
}
