import { describe, expect, it } from 'vitest';
import { item, linesOf } from './support/items.js';

describe('layout/bullets', () => {
  it.each(['\uF0B7', '•', '▪', '◦', '\uF0A7'])('recognises %s in its own run as a bullet and strips it', (glyph) => {
    const [line] = linesOf([item(glyph, 28, 700), item('stuurt en bewaakt', 46, 700)]);
    expect(line).toMatchObject({ bullet: glyph, text: 'stuurt en bewaakt', x: 28, textX: 46 });
  });

  it.each(['o', '-', '–'])('recognises "%s" standing apart at the start of a line as a bullet', (glyph) => {
    const [line] = linesOf([item(glyph, 28, 700), item('plant en verdeelt', 46, 700)]);
    expect(line).toMatchObject({ bullet: glyph, text: 'plant en verdeelt' });
  });

  it('recognises a bullet merged into the text run ("- plant en verdeelt")', () => {
    const [line] = linesOf([item('- plant en verdeelt', 28, 700)]);
    expect(line).toMatchObject({ bullet: '-', text: 'plant en verdeelt' });
    expect(line?.textX).toBeGreaterThan(28);
  });

  it('does not take a hyphenated word or a word starting with o for a bullet', () => {
    const lines = linesOf([item('-achtig', 10, 700), item('organisatie', 10, 680)]);
    expect(lines.map((line) => line.bullet)).toEqual([null, null]);
  });

  it('does not take a lone glyph without text for a bullet', () => {
    const [line] = linesOf([item('•', 10, 700)]);
    expect(line).toMatchObject({ bullet: null, text: '•' });
  });
});
