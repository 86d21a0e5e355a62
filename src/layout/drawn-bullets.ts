import type { DrawnMark } from '../extract/types.js';
import type { Line } from './types.js';

/** What a drawn bullet stands for in the text: it has no glyph of its own. */
const DRAWN_BULLET = '•';

/** A bullet-sized shape just left of the line's first text, around its x-height. */
function marksLine(mark: DrawnMark, line: Omit<Line, 'id'>): boolean {
  const size = line.fontSize;
  const right = mark.x + mark.width;
  const middle = mark.y + mark.height / 2;
  return (
    Math.max(mark.width, mark.height) <= size * 0.8 &&
    right <= line.x + size * 0.1 &&
    line.x - right <= size * 3 &&
    middle >= line.y - size * 0.1 &&
    middle <= line.y + size * 0.8
  );
}

/** Turns a line that follows a drawn shape into a list item, as if the shape were a glyph. */
export function attachDrawnBullet(line: Omit<Line, 'id'>, marks: readonly DrawnMark[]): Omit<Line, 'id'> {
  if (line.bullet !== null || marks.length === 0) return line;
  let nearest: DrawnMark | undefined;
  for (const mark of marks) if (marksLine(mark, line) && (!nearest || mark.x > nearest.x)) nearest = mark;
  return nearest ? { ...line, x: nearest.x, bullet: DRAWN_BULLET } : line;
}
