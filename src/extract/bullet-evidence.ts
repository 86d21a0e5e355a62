import { splitBullet } from '../layout/bullets.js';
import { firstPiece, widthShare } from '../layout/line-breaks.js';
import { collapseWhitespace } from '../layout/text.js';
// Lines and word gaps as layout will find them.
import { SAME_LINE, WORD_GAP } from '../layout/lines.js';
import { isCopyright, PAGE_NUMBER } from '../vocabulary/furniture.js';
import { isOverzichtHeaderText } from '../vocabulary/headings.js';
import type { ExtractedPage, TextItem } from './types.js';

/** A line starting this far right of the margin is indented (fraction of the font size). */
const INDENT = 0.5;
/** A position carrying this share of a page size's lines is where text starts: the margin. */
const MARGIN_SHARE = 0.05;

/** What the text alone says about one line: where it starts and ends, and whether a glyph bullet opens it. */
interface TextLine {
  x: number;
  right: number;
  y: number;
  size: number;
  text: string;
  /** The run text the line starts with (its first word, up to a hyphen, is taken when needed) and that text's width. */
  fragment: string;
  fragmentWidth: number;
  glyph: boolean;
}

function toTextLine(runs: TextItem[]): TextLine {
  const [first] = runs as [TextItem, ...TextItem[]];
  const size = first.fontSize;
  let fragment = first.text;
  let fragmentRight = first.x + first.width;
  let rest = 1;
  for (; rest < runs.length; rest++) {
    const run = runs[rest] as TextItem;
    if (run.x - fragmentRight > WORD_GAP * size) break;
    fragment += run.text;
    fragmentRight = Math.max(fragmentRight, run.x + run.width);
  }
  let right = -Infinity;
  for (const run of runs) right = Math.max(right, run.x + run.width);
  return {
    x: first.x,
    right,
    y: first.y,
    size,
    text: collapseWhitespace(runs.map((run) => run.text).join(' ')),
    fragment: fragment.trim(),
    fragmentWidth: fragmentRight - first.x,
    glyph: splitBullet(fragment, rest < runs.length) !== null,
  };
}

/**
 * Width of a line's first word, as the parser estimates it: a run holding a whole line shares its
 * width out by characters weighted as proportional fonts set them, and never under half an em per
 * character. Worked out only for the lines that need it.
 */
function firstWordWidth(line: TextLine): number {
  const word = firstPiece(line.fragment);
  return Math.max(line.fragmentWidth * widthShare(word, line.fragment), 0.5 * line.size * word.length);
}

/** A page's upright text grouped into lines, top to bottom. */
function textLines(page: ExtractedPage): TextLine[] {
  const items = page.items.filter((item) => !item.rotated).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextLine[] = [];
  let group: TextItem[] = [];
  for (const item of items) {
    const baseline = group[0];
    if (baseline && Math.abs(item.y - baseline.y) > SAME_LINE * item.fontSize) {
      lines.push(toTextLine(group.sort((a, b) => a.x - b.x)));
      group = [];
    }
    group.push(item);
  }
  if (group.length > 0) lines.push(toTextLine(group.sort((a, b) => a.x - b.x)));
  return lines;
}

interface TextArea {
  /** The leftmost start that carries a real share of the lines. */
  margin: number;
  /** The right edge that wrapped lines reach: the widest line. */
  right: number;
  /** How many pages are of this size. */
  pages: number;
}

/**
 * Where text starts and ends, per page size: one page alone may hold only short list items.
 * Pages of another size, or orientation, are set on another area.
 */
function textAreas(lines: Map<ExtractedPage, TextLine[]>, furniture: Set<TextLine>): Map<number, TextArea> {
  const bySize = new Map<number, TextLine[]>();
  const pages = new Map<number, number>();
  for (const [page, pageLines] of lines) {
    const key = Math.round(page.width);
    let sized = bySize.get(key);
    if (!sized) bySize.set(key, (sized = []));
    for (const line of pageLines) if (!furniture.has(line)) sized.push(line);
    pages.set(key, (pages.get(key) ?? 0) + 1);
  }
  const result = new Map<number, TextArea>();
  for (const [key, sized] of bySize) {
    const counts = new Map<number, number>();
    for (const line of sized) counts.set(Math.round(line.x), (counts.get(Math.round(line.x)) ?? 0) + 1);
    const sorted = [...counts.keys()].sort((a, b) => a - b);
    const margin = sorted.find((x) => (counts.get(x) ?? 0) >= sized.length * MARGIN_SHARE) ?? sorted[0] ?? 0;
    // A loop, not Math.max(...lines): a long book's lines would overflow the argument list.
    let right = 0;
    for (const line of sized) right = Math.max(right, line.right);
    result.set(key, { margin, right, pages: pages.get(key) ?? 0 });
  }
  return result;
}

/**
 * A line at a page's edge repeated on this share of the pages is a running header or footer.
 * Functions of one book share list items, so a few repeats say nothing; a running line missed
 * here only costs a drawing read.
 */
const RUNNING_SHARE = 0.5;

/** Page numbers, the copyright line and lines repeated at a page's edge: never list text. */
function furnitureLike(lines: Map<ExtractedPage, TextLine[]>): Set<TextLine> {
  // Each line's key is asked for up to three times: made once.
  const keys = new Map<TextLine, string>();
  for (const pageLines of lines.values()) for (const line of pageLines) keys.set(line, line.text.toLowerCase().replace(/\d+/g, '#'));
  const key = (line: TextLine) => keys.get(line) as string;
  const pagesWith = new Map<string, number>();
  for (const pageLines of lines.values()) for (const text of new Set(pageLines.map(key))) pagesWith.set(text, (pagesWith.get(text) ?? 0) + 1);
  const running = Math.max(2, Math.ceil(lines.size * RUNNING_SHARE));
  const result = new Set<TextLine>();
  for (const pageLines of lines.values()) {
    for (const line of pageLines) if (PAGE_NUMBER.test(line.text) || isCopyright(line.text)) result.add(line);
    // Running lines sit at the edges: from each edge inwards, as long as lines repeat on other pages.
    for (const ordered of [pageLines, [...pageLines].reverse()]) {
      for (const line of ordered) {
        if (!result.has(line) && (pagesWith.get(key(line)) ?? 0) < running) break;
        result.add(line);
      }
    }
  }
  return result;
}

/**
 * Which pages need their drawings read for bullet shapes, from their text alone. A line set in
 * from the margin without a bullet glyph is either the wrapped text of a glyph-bulleted item
 * (right under one, the line above it full) or an item whose bullet is drawn. Pages where every
 * such line is explained by a glyph above it do not pay for an operator list. A list running
 * over a page break carries its state to the next page, where its lines are explained only when
 * a glyph follows in the list: the page may set its bullets otherwise.
 */
export function pagesNeedingDrawings(pages: readonly ExtractedPage[]): Set<number> {
  const lines = new Map(pages.map((page) => [page, textLines(page)] as const));
  const furniture = furnitureLike(lines);
  const areas = textAreas(lines, furniture);
  const needed = new Set<number>();
  let above: TextLine | null = null;
  for (const page of pages) {
    const area = areas.get(Math.round(page.width)) ?? { margin: 0, right: 0, pages: 1 };
    const { margin, right } = area;
    const content = (lines.get(page) ?? []).filter((line) => !furniture.has(line));
    // The overview is a table: its indented cells are no list, and it has no bullets to draw.
    if (content.some((line) => isOverzichtHeaderText(line.text))) {
      above = null;
      continue;
    }
    // Lines that all start at one place, none with a glyph, on a page alone of its size or after
    // a page that ended in a list: list items whose bullets are drawn, or plain text; the text
    // cannot tell which. (A cover page, at the margin of the pages after it, starts no list.)
    if ((above !== null || area.pages === 1) && content.length > 1 && !content.some((line) => line.glyph) && content.every((line) => Math.abs(line.x - (content[0] as TextLine).x) <= INDENT * line.size)) {
      needed.add(page.number);
    }
    // A list running on from the page before: lines that could wrap its last item could as well
    // be items whose bullets are drawn, each after a full line. Only a glyph further down the
    // list tells this page keeps to glyphs.
    let runOn = above !== null;
    let runOnLines = 0;
    for (const line of content) {
      if (line.glyph) {
        above = line;
        runOn = false;
        continue;
      }
      if (line.x <= margin + INDENT * line.size) {
        if (runOn && runOnLines > 0) needed.add(page.number);
        runOn = false;
        above = null;
        continue;
      }
      // The widest line may stop short of the edge the producer wrapped at: half an em of slack.
      const wrapped = above !== null && above.right + 0.3 * line.size + firstWordWidth(line) > right - INDENT * line.size;
      if (!wrapped) needed.add(page.number);
      if (runOn) runOnLines++;
      above = line;
    }
    if (runOn && runOnLines > 0) needed.add(page.number);
  }
  return needed;
}
