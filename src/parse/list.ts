import { firstPiece, widthShare } from '../layout/line-breaks.js';
import { lineGapOn } from '../layout/metrics.js';
import type { Line, Metrics } from '../layout/types.js';

export interface ListItem {
  lines: Line[];
}

export interface ParsedList {
  items: ListItem[];
  /** Lines that could not belong to the list (outdented text without a bullet). */
  stray: Line[];
}

/**
 * Width of the first word of a line (up to a hyphen it could have broken after), estimated from
 * its first text run, and never less than half an em per character: overestimating errs towards
 * "the line was wrapped", which only matters for a line that ended within a word of the right edge.
 */
function firstWordWidth(line: Line): number {
  const fragment = line.fragments.find((candidate) => candidate.x >= line.textX - 0.01) ?? line.fragments[0];
  if (!fragment) return 0;
  const word = firstPiece(line.text);
  return Math.max((fragment.right - fragment.x) * widthShare(word, fragment.text), word.length * line.fontSize * 0.5);
}

/**
 * Whether `line` could have been set at the end of `previous`: then the producer did not wrap
 * there, so `line` starts something new. Needed where bullets are drawn shapes without a glyph,
 * and to tell a heading from a paragraph line that happens to start with a heading's word.
 */
function wouldHaveFit(previous: Line, line: Line, metrics: Metrics): boolean {
  // A word space as wide as the widest common fonts set it (DejaVu Sans Bold: 0.35 em), erring towards "wrapped".
  const space = 0.35 * line.fontSize;
  return previous.right + space + firstWordWidth(line) <= (metrics.pageRightEdges[previous.page] ?? metrics.rightEdge);
}

/** `line` continues the text of `previous`: same column, no extra space, and `previous` was full. */
export function continuesLine(previous: Line, line: Line, metrics: Metrics): boolean {
  if (previous.bullet === null && line.bullet !== null) return false;
  // A paragraph does not switch to a heading's font halfway.
  if (line.emphasized !== previous.emphasized) return false;
  const tolerance = 0.5 * line.fontSize;
  // A list item's text may wrap back under its bullet, never further left.
  if (previous.bullet !== null ? line.textX < previous.x - tolerance : Math.abs(line.textX - previous.textX) > tolerance) return false;
  if (line.page === previous.page && previous.y - line.y > lineGapOn(metrics, line.page) * 1.4) return false;
  return !wouldHaveFit(previous, line, metrics);
}

function startsNewUnmarkedItem(previous: Line, first: Line, line: Line, metrics: Metrics): boolean {
  const tolerance = 0.5 * line.fontSize;
  if (line.page === previous.page && previous.y - line.y > lineGapOn(metrics, line.page) * 1.5) return true;
  if (line.textX < previous.textX - tolerance) return true;
  // Hanging indent: the continuation of an item sits right of its first line.
  if (line.textX > first.textX + tolerance) return false;
  return wouldHaveFit(previous, line, metrics);
}

/** Under a glyph bullet: text at the item's text indent, or wrapped back under the bullet. */
function continuesMarkedItem(previous: Line, first: Line, line: Line, metrics: Metrics): boolean {
  const tolerance = 0.5 * line.fontSize;
  if (line.textX >= first.textX - tolerance) return true;
  return line.textX >= first.x - tolerance && !wouldHaveFit(previous, line, metrics);
}

/**
 * Splits list lines into items. With glyph bullets each bullet starts an item and the lines
 * under it continue it; without any (drawn bullets, plain lists) indentation, spacing and
 * whether a line would have fitted on the previous one decide.
 */
export function parseList(lines: readonly Line[], metrics: Metrics, startsItem: (line: Line, previous: Line) => boolean = () => false): ParsedList {
  const items: ListItem[] = [];
  const stray: Line[] = [];
  const glyphs = lines.some((line) => line.bullet !== null);
  let current: ListItem | undefined;
  for (const line of lines) {
    const previous = current?.lines.at(-1);
    const first = current?.lines[0];
    if (line.bullet !== null || (previous && startsItem(line, previous))) {
      current = { lines: [line] };
      items.push(current);
    } else if (!current || !previous || !first) {
      if (glyphs) stray.push(line);
      else {
        current = { lines: [line] };
        items.push(current);
      }
    } else if (glyphs) {
      if (continuesMarkedItem(previous, first, line, metrics)) current.lines.push(line);
      else stray.push(line);
    } else if (startsNewUnmarkedItem(previous, first, line, metrics)) {
      current = { lines: [line] };
      items.push(current);
    } else {
      current.lines.push(line);
    }
  }
  return { items, stray };
}
