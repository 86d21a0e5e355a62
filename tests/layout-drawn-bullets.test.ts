import { describe, expect, it } from 'vitest';
import type { DrawnMark } from '../src/extract/types.js';
import { buildLines } from '../src/layout/lines.js';
import { item, page } from './support/items.js';

const linesWith = (marks: DrawnMark[]) => buildLines({ ...page([item('stuurt en bewaakt', 46, 700), item('Resultaatgebied 1', 28, 680)]), marks });
const disc: DrawnMark = { x: 30, y: 702, width: 3.4, height: 3.4 };

describe('layout/drawn-bullets', () => {
  it('makes a line that follows a small drawn disc a list item, with the disc as its start', () => {
    const [line] = linesWith([disc]);
    expect(line).toMatchObject({ bullet: '•', x: 30, textX: 46, text: 'stuurt en bewaakt' });
  });

  it('ignores shapes too large for a bullet (table cells, logos), or not on the line’s height, or right of its text', () => {
    const lines = linesWith([
      { ...disc, width: 40, height: 20 },
      { ...disc, y: 716 },
      { ...disc, x: 60 },
    ]);
    expect(lines.map((line) => line.bullet)).toEqual([null, null]);
  });

  it('leaves a line without a shape before it alone', () => {
    expect(linesWith([disc])[1]).toMatchObject({ bullet: null, x: 28 });
  });
});
