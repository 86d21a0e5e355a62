import type { ExtractedPage, TextItem } from '../extract/types.js';
import { splitBullet } from './bullets.js';
import { attachDrawnBullet } from './drawn-bullets.js';
import { collapseWhitespace, normalizeText } from './text.js';
import type { Fragment, Line } from './types.js';

/** Baselines closer than this share a line (fraction of the font size). */
export const SAME_LINE = 0.3;
/** A gap wider than this between two runs is a word space (fraction of the font size). */
export const WORD_GAP = 0.15;
/** An OCR'd word below this confidence (0–100) is one the engine was unsure of. */
const UNSURE_CONFIDENCE = 60;

interface Run {
  text: string;
  x: number;
  right: number;
  y: number;
  fontSize: number;
  fontId: string;
  confidence?: number;
}

function toRun(item: TextItem): Run | null {
  const text = normalizeText(item.text);
  if (text.trim() === '') return null;
  const run = { text, x: item.x, right: item.x + item.width, y: item.y, fontSize: item.fontSize, fontId: item.fontId };
  return item.confidence === undefined ? run : { ...run, confidence: item.confidence };
}

/** Groups runs whose baselines agree, top to bottom; each group left to right. */
function groupByBaseline(runs: Run[]): Run[][] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Run[][] = [];
  let current: Run[] = [];
  let baseline = Number.NaN;
  for (const run of sorted) {
    if (current.length > 0 && Math.abs(run.y - baseline) <= SAME_LINE * run.fontSize) {
      current.push(run);
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [run];
    baseline = run.y;
  }
  if (current.length > 0) groups.push(current);
  return groups.map((group) => group.sort((a, b) => a.x - b.x));
}

/** Some producers print a run twice at (almost) the same place to fake bold: keep one. */
function isOverprint(previous: Run, run: Run): boolean {
  return run.text === previous.text && Math.abs(run.x - previous.x) < 0.2 * run.fontSize;
}

function toFragments(runs: Run[]): Fragment[] {
  const fragments: Fragment[] = [];
  let previous: Run | undefined;
  for (const run of runs) {
    if (previous && isOverprint(previous, run)) continue;
    const last = fragments.at(-1);
    if (last && previous && run.x - previous.right <= WORD_GAP * run.fontSize) {
      last.text += run.text;
      last.right = Math.max(last.right, run.right);
    } else {
      fragments.push({ text: run.text, x: run.x, right: run.right });
    }
    previous = run;
  }
  // The fragments are new objects: collapsed in place.
  for (const fragment of fragments) fragment.text = collapseWhitespace(fragment.text);
  return fragments.filter((fragment) => fragment.text !== '');
}

/** The value of `key` that the most characters carry. */
function dominant<R extends { text: string }, T>(runs: readonly R[], key: (run: R) => T): T {
  // Many lines are one run.
  if (runs.length === 1) return key(runs[0] as R);
  const weights = new Map<T, number>();
  for (const run of runs) weights.set(key(run), (weights.get(key(run)) ?? 0) + run.text.length);
  let best = key(runs[0] as R);
  for (const [value, weight] of weights) if (weight > (weights.get(best) ?? 0)) best = value;
  return best;
}

/** For OCR'd text: the line's confidence (weighted by characters) and the words the engine was unsure of. */
function ocrConfidence(runs: readonly Run[]): Pick<Line, 'confidence' | 'unsure'> {
  if (!runs.some((run) => run.confidence !== undefined)) return {};
  const read = runs.filter((run) => run.confidence !== undefined);
  const characters = read.reduce((sum, run) => sum + run.text.length, 0);
  const confidence = read.reduce((sum, run) => sum + (run.confidence as number) * run.text.length, 0) / Math.max(1, characters);
  const unsure = read.filter((run) => (run.confidence as number) < UNSURE_CONFIDENCE && /[\p{L}\p{N}]/u.test(run.text)).map((run) => run.text.trim());
  return { confidence: Math.round(confidence * 10) / 10, unsure };
}

/** The body font: the one most characters are set in, over the whole document. */
export function bodyFontOf(pages: readonly ExtractedPage[]): string | null {
  const items = pages.flatMap((page) => page.items.filter((item) => !item.rotated));
  return items.length === 0 ? null : dominant(items, (item) => item.fontId);
}

/**
 * Each page's body font: of the fonts the page uses, the one most characters of the document are
 * set in. Counted over the document, because on a short page bold headings can outweigh the
 * body text; chosen per page, because a file may append another producer's pages in other fonts.
 */
export function bodyFontsByPage(pages: readonly ExtractedPage[]): Map<number, string | null> {
  const weights = new Map<string, number>();
  for (const page of pages) for (const item of page.items) if (!item.rotated) weights.set(item.fontId, (weights.get(item.fontId) ?? 0) + item.text.length);
  const result = new Map<number, string | null>();
  for (const page of pages) {
    let best: string | null = null;
    for (const item of page.items) if (!item.rotated && (best === null || (weights.get(item.fontId) ?? 0) > (weights.get(best) ?? 0))) best = item.fontId;
    result.set(page.number, best);
  }
  return result;
}

function toLine(runs: Run[], page: number, bodyFont: string | null): Omit<Line, 'id'> | null {
  const fragments = toFragments(runs);
  const first = fragments[0];
  if (!first) return null;
  const split = splitBullet(first.text, fragments.length > 1);
  let textX = first.x;
  let textFragments = fragments;
  if (split) {
    const rest = first.text.slice(split.consumed);
    if (rest === '') {
      textFragments = fragments.slice(1);
      textX = textFragments[0]?.x ?? first.right;
    } else {
      // The bullet was merged into the text run: estimate where the text starts.
      textX = first.x + ((first.right - first.x) * split.consumed) / first.text.length;
      textFragments = [{ text: rest, x: textX, right: first.right }, ...fragments.slice(1)];
    }
  }
  // Without a bullet the text starts at the first run: every run is text.
  const textRuns = split ? runs.filter((run) => run.x >= textX - 0.01) : runs;
  const fontRuns = textRuns.length > 0 ? textRuns : runs;
  let right = -Infinity;
  for (const fragment of fragments) right = Math.max(right, fragment.right);
  return {
    ...ocrConfidence(fontRuns),
    page,
    y: dominant(runs, (run) => run.y),
    x: first.x,
    textX,
    right,
    fontSize: dominant(fontRuns, (run) => Math.round(run.fontSize * 10) / 10),
    emphasized: bodyFont !== null && dominant(fontRuns, (run) => run.fontId) !== bodyFont,
    text: collapseWhitespace(textFragments.map((fragment) => fragment.text).join(' ')),
    bullet: split?.bullet ?? null,
    fragments,
    furniture: null,
  };
}

/**
 * Rebuilds a page's lines from its text runs, top to bottom. Ids are assigned by the caller.
 * Lines in another font than `bodyFont` are emphasized.
 */
export function buildLines(page: ExtractedPage, bodyFont: string | null = bodyFontOf([page])): Omit<Line, 'id'>[] {
  const runs: Run[] = [];
  const rotated: Run[] = [];
  for (const item of page.items) {
    const run = toRun(item);
    if (run) (item.rotated ? rotated : runs).push(run);
  }
  const lines = groupByBaseline(runs)
    .map((group) => toLine(group, page.number, bodyFont))
    .filter((line): line is Omit<Line, 'id'> => line !== null)
    .map((line) => attachDrawnBullet(line, page.marks));
  // Rotated text (watermarks, vertical labels) never joins the body: one line per run.
  for (const run of rotated) {
    const line = toLine([run], page.number, bodyFont);
    if (line) lines.push({ ...line, furniture: 'watermark' });
  }
  return lines;
}
