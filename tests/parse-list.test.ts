import { describe, expect, it } from 'vitest';
import type { Metrics } from '../src/layout/types.js';
import { continuesLine, parseList } from '../src/parse/list.js';
import { joinLines } from '../src/parse/text.js';
import { item, linesOf } from './support/items.js';

/** Body 10 pt, 12 pt leading, text from x=70 to x=520 (0.5 em per character in the test runs). */
const metrics: Metrics = { bodyFontSize: 10, lineGap: 12, leftMargin: 70, rightEdge: 520, pageRightEdges: {}, pageLineGaps: {} };
const texts = (lines: ReturnType<typeof linesOf>) => parseList(lines, metrics).items.map((entry) => joinLines(entry.lines));

const long = 'draagt zorg voor de totstandkoming van resultaatgerichte afspraken met medewerkers en'; // 85 chars → right edge 515

describe('parse/list', () => {
  it('starts an item at each bullet and continues it with the lines at its text indent, also across a page', () => {
    const lines = [
      ...linesOf([item('\uF0B7', 88, 700), item(long, 106, 700), item('het monitoren', 106, 688), item('\uF0B7', 88, 60), item('draagt zorg', 106, 60)], 1),
      ...linesOf([item('voor innovatie', 106, 780)], 2),
    ];
    expect(texts(lines)).toEqual([`${long} het monitoren`, 'draagt zorg voor innovatie']);
  });

  it('reports text at the margin inside a bulleted list as stray instead of gluing it to an item', () => {
    const lines = linesOf([item('•', 88, 700), item('bewaakt de planning', 106, 700), item('Toelichting', 70, 688)]);
    expect(parseList(lines, metrics).stray.map((line) => line.text)).toEqual(['Toelichting']);
  });

  it('keeps a duplicated word on its own bullet as its own item, as printed', () => {
    const lines = linesOf([item('•', 88, 700), item('signaleert ontwikkelingen', 106, 700), item('•', 88, 688), item('ontwikkelingen', 106, 688)]);
    expect(texts(lines)).toEqual(['signaleert ontwikkelingen', 'ontwikkelingen']);
  });

  it('without glyph bullets (drawn shapes), starts a new item where the line would have fitted on the previous one', () => {
    const lines = linesOf([item(long, 106, 700), item('het monitoren', 106, 688), item('creëert draagvlak voor beleid', 106, 676), item('bewaakt contracten', 106, 664)]);
    expect(texts(lines)).toEqual([`${long} het monitoren`, 'creëert draagvlak voor beleid', 'bewaakt contracten']);
  });

  it('without glyph bullets, continues an item whose next word would have fitted only after a space narrower than wide fonts set', () => {
    // 70 characters from x=107 end at 457; "medewerkers," (60) after a 3 pt space reaches 520, the edge, after DejaVu Sans Bold's 3.5 pt it does not.
    const lines = linesOf([item('draagt zorg voor de totstandkoming van resultaatgerichte afspraken met', 107, 700), item('medewerkers, ook in de uitvoering', 107, 688)]);
    expect(texts(lines)).toEqual(['draagt zorg voor de totstandkoming van resultaatgerichte afspraken met medewerkers, ook in de uitvoering']);
  });

  it('takes a first word for as wide as its letters, not as the average letter of its run: beside narrow letters it is wider', () => {
    // One run for the whole line, 236 pt: "programma’s" (11 letters of 34) took 76 pt by count, 88 pt as set in DejaVu Sans Bold.
    const heading = item('Functiereeks Opdrachtgever-opdrachtnemer liantdelte', 74, 490, { width: 371.8, fontSize: 12 });
    const wrapped = item('programma’s politiek-bestuurlijke:', 74, 474.6, { width: 236.2, fontSize: 12 });
    const [previous, line] = linesOf([heading, wrapped]);
    expect(continuesLine(previous!, line!, { ...metrics, bodyFontSize: 12, lineGap: 15.6, rightEdge: 537.5 })).toBe(true);
  });

  it('without glyph bullets, continues an item on a line with a hanging indent', () => {
    const lines = linesOf([item('1) stelt op', 88, 700), item('en bewaakt', 106, 688), item('2) voert uit', 88, 676)]);
    expect(texts(lines)).toEqual(['1) stelt op en bewaakt', '2) voert uit']);
  });

  it('without glyph bullets, starts a new item after extra vertical space', () => {
    const lines = linesOf([item(long, 106, 700), item('het monitoren', 106, 670)]);
    expect(texts(lines)).toHaveLength(2);
  });
});
