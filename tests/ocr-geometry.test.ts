import { describe, expect, it } from 'vitest';
import { largestBlob, bulletLeftOf } from '../src/ocr/bullet-marks.js';
import { deskew, estimateSkew, rotateBy } from '../src/ocr/deskew.js';
import { blankPgm, type GreyImage, rotateQuarters } from '../src/ocr/grey-image.js';
import { inkBox, inkedPart, shiftedBy } from '../src/ocr/ink-crop.js';
import { levelTurns } from '../src/ocr/orientation.js';
import { eraseRulingLines } from '../src/ocr/ruling-lines.js';
import { ocrReason } from '../src/ocr/text-layer.js';
import { apostropheByShape } from '../src/ocr/apostrophes.js';
import { isBulletByInk } from '../src/ocr/bullet-lines.js';
import { dashByLength } from '../src/ocr/dashes.js';
import { uprightStrokes } from '../src/ocr/roman-levels.js';
import { isNoise, withoutSpeckPunctuation } from '../src/ocr/specks.js';
import { toTextItems } from '../src/ocr/text-runs.js';
import type { OcrLine, OcrWord } from '../src/ocr/tesseract.js';
import { page } from './support/items.js';

function blank(width: number, height: number): GreyImage {
  return { width, height, pixels: new Uint8Array(width * height).fill(255) };
}

function ink(image: GreyImage, x0: number, y0: number, x1: number, y1: number): void {
  for (let y = y0; y < y1; y++) image.pixels.fill(0, y * image.width + x0, y * image.width + x1);
}

/** A page of "text": lines of word-sized bars, 12 px high every 40 px, like body text at 100 dpi. */
function textPage(): GreyImage {
  const image = blank(800, 1000);
  for (let y = 100; y < 900; y += 40) for (let x = 80; x < 700; x += 70) ink(image, x, y, x + 55, y + 12);
  return image;
}

const word = (text: string, x0: number, x1: number, confidence = 95, y0 = 70, y1 = 100): OcrWord => ({ text, confidence, x0, y0, x1, y1 });
const line = (words: OcrWord[]): OcrLine => ({ words, baseline: { x0: 0, y0: 100, x1: 1000, y1: 100 }, rowHeight: 40, descenders: 10 });

describe('OCR geometry: orientation and skew', () => {
  it('turns an image by quarter turns and back', () => {
    const image = textPage();
    const turned = rotateQuarters(image, 1);
    expect([turned.width, turned.height]).toEqual([1000, 800]);
    // Compared as buffers: a deep equality over a million array elements takes a minute.
    const same = (a: GreyImage, b: GreyImage) => Buffer.from(a.pixels).equals(Buffer.from(b.pixels));
    expect(same(rotateQuarters(turned, 3), image)).toBe(true);
    expect(same(rotateQuarters(image, 2), rotateQuarters(turned, 1))).toBe(true);
    expect(same(turned, image)).toBe(false);
  });

  it('sees a page whose lines run up the page as sideways', () => {
    expect(levelTurns(textPage())).toBe(0);
    expect(levelTurns(rotateQuarters(textPage(), 1))).toBe(1);
    expect(levelTurns(rotateQuarters(textPage(), 3))).toBe(1);
  });

  it('measures a skew of 1.5° either way and straightens it', () => {
    expect(estimateSkew(textPage())).toBe(0);
    const anticlockwise = rotateBy(textPage(), -1.5);
    expect(Math.abs(estimateSkew(anticlockwise) - 1.5)).toBeLessThanOrEqual(0.25);
    // Measured in steps of a quarter degree.
    expect(Math.abs(estimateSkew(rotateBy(textPage(), 1.5)) + 1.5)).toBeLessThanOrEqual(0.25);
    expect(Math.abs(estimateSkew(deskew(anticlockwise)))).toBeLessThanOrEqual(0.25);
  });

  it('keeps an image inside its binary PGM file, which the engine reads without decoding', () => {
    const { image, file } = blankPgm(2, 1);
    image.pixels.set([0, 255]);
    expect(Buffer.from(file).toString('latin1')).toBe('P5\n2 1\n255\n\u0000\u00ff');
  });
});

describe('OCR geometry: the part of the page the engine reads', () => {
  /** Body text at 100 dpi (cells of 10 px, a margin of 20 px) with specks of dust, a hundredth of an inch, in the margins. */
  function speckledPage(): GreyImage {
    const image = textPage();
    for (const [x, y] of [[10, 10], [760, 30], [20, 980], [790, 500], [400, 15]] as const) ink(image, x, y, x + 1, y + 1);
    return image;
  }

  it('boxes the ink with a margin and leaves out specks in the margins', () => {
    // The text's bars run from (80, 100) to (695, 872): whole cells, then 20 px of margin.
    expect(inkBox(speckledPage(), 100)).toEqual({ x0: 60, y0: 80, x1: 720, y1: 900 });
    expect(inkBox(blank(300, 300), 100)).toBeNull();
  });

  it('hands the engine the inked part as its own PGM file and moves what it read back to the page', () => {
    const page = speckledPage();
    const { pgm, left, top } = inkedPart(page, 100);
    expect([left, top, pgm.image.width, pgm.image.height]).toEqual([60, 80, 660, 820]);
    expect(Buffer.from(pgm.file.subarray(0, 15)).toString('latin1')).toBe('P5\n660 820\n255\n');
    // Row 100 of the page is row 20 of the part: ink from x = 80, 20 px into it.
    expect([...pgm.image.pixels.subarray(20 * 660 + 19, 20 * 660 + 21)]).toEqual([255, 0]);
    // A blank page is read whole.
    expect(inkedPart(blank(30, 20), 100).pgm.image.width).toBe(30);
    const read = { confidence: 90, lines: [{ words: [{ ...word('Het', 20, 75), symbols: [{ x0: 20, x1: 40 }] }], baseline: { x0: 20, y0: 100, x1: 75, y1: 101 }, rowHeight: 40, descenders: 10 }] };
    const moved = shiftedBy(read, left, top).lines[0] as OcrLine;
    expect(moved.baseline).toEqual({ x0: 80, y0: 180, x1: 135, y1: 181 });
    expect(moved.words[0]).toMatchObject({ x0: 80, y0: 150, x1: 135, y1: 180, symbols: [{ x0: 80, x1: 100 }] });
  });
});

describe('OCR geometry: table rules, specks and bullets', () => {
  it('erases table rules longer than any letter and keeps letter strokes', () => {
    const image = blank(400, 400);
    ink(image, 10, 50, 390, 52); // a horizontal rule
    ink(image, 200, 10, 202, 390); // a vertical rule
    ink(image, 100, 100, 103, 125); // a letter's stem, 25 px high at 100 dpi
    const clean = eraseRulingLines(image, 100);
    expect(clean.pixels[51 * 400 + 300]).toBe(255);
    expect(clean.pixels[300 * 400 + 201]).toBe(255);
    expect(clean.pixels[110 * 400 + 101]).toBe(0);
  });

  it('finds the largest ink blob in a region and a bullet left of a line, not a speck', () => {
    const image = blank(400, 200);
    ink(image, 50, 80, 62, 92); // a bullet dot, 12 px, mid-height of a 40 px line
    ink(image, 30, 95, 32, 97); // a speck
    expect(largestBlob(image, { x0: 0, y0: 0, x1: 200, y1: 200 })).toMatchObject({ x0: 50, x1: 62, area: 144 });
    expect(bulletLeftOf(image, 100, 100, 30)).toMatchObject({ x0: 50, y0: 80, x1: 62, y1: 92 });
    const specked = blank(400, 200);
    ink(specked, 60, 90, 62, 92);
    expect(bulletLeftOf(specked, 100, 100, 30)).toBeNull();
  });

  it('tells a bullet by its ink, however the engine boxed it: a raised dot, an "o" standing apart on the baseline, not a short word', () => {
    // Capitals 30 px tall on a baseline at y = 100; the text starts at x = 200.
    const image = blank(400, 200);
    ink(image, 160, 80, 172, 92); // a dot at mid-height
    ink(image, 150, 60, 152, 62); // a speck the engine boxed with it
    expect(isBulletByInk(line([word('s', 150, 172, 50, 60, 92), word('levert', 200, 300)]), image)).toBe(true);
    const ring = blank(400, 200);
    ink(ring, 150, 80, 170, 100);
    expect(isBulletByInk(line([word('o', 150, 170, 80, 80, 100), word('voert', 200, 300)]), ring)).toBe(true);
    expect(isBulletByInk(line([word('0', 150, 170, 80, 80, 100), word('voert', 200, 300)]), ring)).toBe(true);
    expect(isBulletByInk(line([word('1.', 150, 170, 80, 80, 100), word('voert', 200, 300)]), ring)).toBe(false);
    // "en" wrapping to the start of a line: letters on the baseline, a word space from the next word.
    const words = blank(400, 200);
    ink(words, 160, 80, 172, 100);
    ink(words, 174, 80, 186, 100);
    expect(isBulletByInk(line([word('en', 160, 186, 95, 80, 100), word('organisatie', 200, 300)]), words)).toBe(false);
  });

  it('drops specks and unsure blots the engine read as words, not small real marks', () => {
    const text = line([word('Het', 100, 160), word('.', 170, 174, 30, 96, 100), word('oo', 300, 330, 0), word(',', 400, 406, 80, 95, 108)]);
    expect(text.words.filter((each) => !isNoise(text, each)).map((each) => each.text)).toEqual(['Het', ',']);
    // Far right of the text (capitals are 30 px): an unsure dash or digit is a rule's remnant, a sure one a table's value.
    const lastIsNoise = (last: OcrWord) => isNoise(line([word('Uitvoering', 100, 300), last]), last);
    expect(lastIsNoise(word('–', 400, 420, 40))).toBe(true);
    expect(lastIsNoise(word('5', 400, 415, 45))).toBe(true);
    expect(lastIsNoise(word('5', 400, 415, 95))).toBe(false);
    // A run of marks read from specks far right of a heading ("— 5 —"), unsure on the whole, goes; a sure table value stays.
    const trailing = (marks: OcrWord[]) => {
      const read = line([word('Functiebeschrijving', 100, 300), ...marks]);
      return read.words.filter((each) => !isNoise(read, each)).map((each) => each.text);
    };
    expect(trailing([word('—', 400, 420, 25), word('5', 500, 515, 37), word('—', 600, 640, 60)])).toEqual(['Functiebeschrijving']);
    expect(trailing([word('5', 400, 415, 95), word('%', 420, 435, 80)])).toEqual(['Functiebeschrijving', '5', '%']);
    expect(lastIsNoise(word('–', 320, 340, 40))).toBe(false);
  });

  it('takes off punctuation that is a speck: a line does not start with ";", a quote that never closes, a dot between two words', () => {
    expect(withoutSpeckPunctuation([word(';', 0, 5, 30), word('Resultaatgebied', 10, 100)]).map((each) => each.text)).toEqual(['Resultaatgebied']);
    expect(withoutSpeckPunctuation([word('‘en', 0, 20, 40)]).map((each) => each.text)).toEqual(['en']);
    expect(withoutSpeckPunctuation([word('effecten.en', 0, 50, 40)]).map((each) => each.text)).toEqual(['effecten en']);
    expect(withoutSpeckPunctuation([word('realiseren.', 0, 50), word('van', 60, 80)]).map((each) => each.text)).toEqual(['realiseren', 'van']);
    expect(withoutSpeckPunctuation([word('beleid.', 0, 50), word('Management', 60, 80)]).map((each) => each.text)).toEqual(['beleid.', 'Management']);
    expect(withoutSpeckPunctuation([word('bijv.', 0, 50), word('een', 60, 80)]).map((each) => each.text)).toEqual(['bijv.', 'een']);
    expect(withoutSpeckPunctuation([word('functiekenmerken:', 0, 50), word(':', 60, 64)]).map((each) => each.text)).toEqual(['functiekenmerken:']);
    expect(withoutSpeckPunctuation([word('overwegend.', 0, 50), word('(beleids)adviserend', 60, 80)]).map((each) => each.text)).toEqual(['overwegend', '(beleids)adviserend']);
    expect(withoutSpeckPunctuation([word('aan.en', 0, 50, 95)]).map((each) => each.text)).toEqual(['aan en']);
    expect(withoutSpeckPunctuation([word('de.', 0, 20, 95), word('prioritering', 30, 90)]).map((each) => each.text)).toEqual(['de', 'prioritering']);
    expect(withoutSpeckPunctuation([word('art.', 0, 20, 95), word('lid', 30, 90)]).map((each) => each.text)).toEqual(['art.', 'lid']);
    expect(withoutSpeckPunctuation([word('overwegend', 0, 50), word('.', 52, 55, 90), word('(beleids)adviserend', 60, 80)]).map((each) => each.text)).toEqual(['overwegend', '(beleids)adviserend']);
    expect(withoutSpeckPunctuation([word('beleid', 0, 50), word('.', 52, 55, 90), word('Management', 60, 80)]).map((each) => each.text)).toEqual(['beleid', '.', 'Management']);
    expect(withoutSpeckPunctuation([word('c.q.', 0, 50, 95), word('Gemeentewet.Artikel', 60, 90, 95)]).map((each) => each.text)).toEqual(['c.q.', 'Gemeentewet.Artikel']);
    expect(withoutSpeckPunctuation([word('_informatiemanagement', 0, 50, 95)]).map((each) => each.text)).toEqual(['informatiemanagement']);
    expect(withoutSpeckPunctuation([word("jaarprogramma’'s,", 0, 50, 95)]).map((each) => each.text)).toEqual(['jaarprogramma’s,']);
    expect(withoutSpeckPunctuation([word("'t", 0, 10, 90), word('effecten.en', 0, 50, 90)]).map((each) => each.text)).toEqual(["'t", 'effecten en']);
    expect(withoutSpeckPunctuation([word('www.gemeente.nl', 0, 50, 90)]).map((each) => each.text)).toEqual(['www.gemeente.nl']);
    expect(withoutSpeckPunctuation([word('Code', 0, 10), word('‚', 20, 22, 30), word('N03.03.04', 30, 90), word('—_—', 100, 140, 80)]).map((each) => each.text)).toEqual(['Code', 'N03.03.04']);
    expect(withoutSpeckPunctuation([word('Code:', 0, 10), word('‚;', 20, 26, 30), word('N02.03.04', 30, 90)]).map((each) => each.text)).toEqual(['Code:', 'N02.03.04']);
  });
});

describe('OCR geometry: words to text runs', () => {
  it('makes each word a run in PDF units with its baseline, a font size from the line height, and its confidence', () => {
    // 100 dpi on a 72-unit-wide page: 100 px = 72 units.
    const image = blank(1000, 1000);
    const [run] = toTextItems({ lines: [line([word('Functiegroep', 100, 300, 91)])], confidence: 91 }, { image, width: 720, height: 720 });
    expect(run).toMatchObject({ text: 'Functiegroep', x: 72, width: 144, rotated: false, confidence: 91 });
    expect(run?.y).toBeCloseTo(720 - 72, 5);
    // 40 px of row height at 100/72 px a unit is 28.8 units, about 0.95 of the font size.
    expect(run?.fontSize).toBeCloseTo(30.3, 0);
  });

  it('reads a bullet from the drawing, whatever the engine made of it: "e", "«" glued to the word, or nothing', () => {
    const image = blank(1000, 1000);
    for (const y of [100, 300, 500]) ink(image, 100, y - 25, 112, y - 13);
    // Words stand on the baseline; a bullet read as "e" has the dot's box, at mid-height.
    const at = (y: number, words: OcrWord[]): OcrLine => ({ ...line(words.map((each) => (each.y1 === 0 ? { ...each, y0: y - 25, y1: y - 13 } : { ...each, y0: y - 30, y1: y }))), baseline: { x0: 0, y0: y, x1: 1000, y1: y } });
    const lines = [
      at(100, [word('e', 100, 112, 40, 0, 0), word('levert', 150, 250)]),
      at(300, [{ ...word('«stelt', 98, 250, 48), symbols: [{ x0: 98, x1: 114 }, { x0: 150, x1: 160 }] }, word('op', 260, 290)]),
      at(500, [word('toetst', 150, 250)]),
      at(700, [word('e', 150, 166, 90), word('tekst', 200, 260)]),
    ];
    const items = toTextItems({ lines, confidence: 90 }, { image, width: 1000, height: 1000 });
    expect(items.map((item) => item.text.trim())).toEqual(['•', 'levert', '•', 'stelt', 'op', '•', 'toetst', 'e', 'tekst']);
    expect(items.find((item) => item.text.trim() === 'stelt')?.x).toBe(150);
  });

  it('counts a roman level\'s I\'s from the ink: "II" or "1!" over three strokes is III, serifs and specks aside', () => {
    const image = blank(1000, 1000);
    for (const x of [400, 415, 430]) ink(image, x, 70, x + 5, 100); // three stems, capital height 30 on baseline 100
    ink(image, 395, 70, 440, 72); // a serif bar joining their tops
    ink(image, 420, 103, 423, 106); // a speck below
    const name = (level: string) => toTextItems({ lines: [line([word('Adviseur', 100, 380), word(level, 398, 437, 40)])], confidence: 80 }, { image, width: 1000, height: 1000 });
    expect(name('II').map((item) => item.text)).toEqual(['Adviseur ', 'III']);
    expect(name('1!').map((item) => item.text)).toEqual(['Adviseur ', 'III']);
    expect(uprightStrokes(image, line([]), word('III', 398, 437))).toBe(3);
  });

  it('tells an acute accent from a closing quote inside a word by the shape of its ink', () => {
    // Capitals 30 px on baseline 100; the mark's symbol spans x 200–212, above the small letters.
    const read = (x0: number, y0: number, x1: number, y1: number) => {
      const image = blank(400, 200);
      ink(image, x0, y0, x1, y1);
      ink(image, 180, 79, 198, 100); // the "a" before it, up to the x-height
      return apostropheByShape('programma’s', image, line([]), { ...word("programma's", 100, 240), symbols: [...Array.from({ length: 9 }, () => ({ x0: 100, x1: 198 })), { x0: 200, x1: 212 }, { x0: 214, x1: 230 }] });
    };
    expect(read(201, 72, 211, 78)).toBe('programma´s'); // lying: 10 wide, 6 high
    expect(read(204, 70, 208, 81)).toBe('programma’s'); // upright: 4 wide, 11 high
  });

  it('tells the dash opening a word by its length: hyphen, en dash, em dash', () => {
    // Capital height 30 px: a hyphen's ink is about 12 px, an en dash's 23, an em dash's 42.
    const opening = (read: string, length: number) => dashByLength(read, line([]), { ...word(read, 100, 200), symbols: [{ x0: 100, x1: 100 + length }] });
    expect(opening('-uitvoering', 23)).toBe('–uitvoering');
    expect(opening('—procedures', 23)).toBe('–procedures');
    expect(opening('–procedures', 12)).toBe('-procedures');
    expect(opening('-ontwikkeling', 42)).toBe('—ontwikkeling');
    expect(opening('wet-', 12)).toBe('wet-');
  });

  it('puts a misread code and heading back by the reading rules', () => {
    const items = toTextItems({ lines: [line([word('Code', 100, 180), word(':', 190, 195), word('NO2.0l.02', 200, 400)])], confidence: 90 }, { image: blank(1000, 1000), width: 1000, height: 1000 });
    // Each word but the last keeps a space after it, so words set close together stay apart.
    expect(items.map((item) => item.text)).toEqual(['Code ', ': ', 'N02.01.02']);
  });
});

describe('OCR: which pages', () => {
  it('sends a blank page nowhere, a scan to OCR, and a text page only when every page is asked for', () => {
    expect(ocrReason(page([]), 'on')).toBeNull();
    expect(ocrReason({ ...page([]), scanned: true }, 'auto')).toBe('no-text-layer');
  });
});
