import { describe, expect, it } from 'vitest';
import { markFurniture } from '../src/layout/furniture.js';
import type { LayoutPage } from '../src/layout/types.js';
import { item, linesOf } from './support/items.js';

function pages(count: number, build: (number: number) => Parameters<typeof linesOf>[0]): LayoutPage[] {
  const result = Array.from({ length: count }, (_, index) => ({ number: index + 1, width: 595, height: 842, lines: linesOf(build(index + 1), index + 1) }));
  markFurniture(result);
  return result;
}

const furnitureOf = (all: LayoutPage[]) => all.flatMap((page) => page.lines.filter((line) => line.furniture).map((line) => `${line.furniture}:${line.text}`));

describe('layout/furniture', () => {
  it('marks a header repeated at the top of most pages as running furniture', () => {
    const all = pages(4, (n) => [item('Gemeente Voorbeeldstad', 70, 800), item(`inhoud van pagina ${n}`, 70, 500)]);
    expect(furnitureOf(all)).toEqual(Array(4).fill('running:Gemeente Voorbeeldstad'));
  });

  it('marks "Pagina N van M" footers as page numbers even though the digits change', () => {
    const all = pages(3, (n) => [item(`Pagina ${n} van 3`, 270, 30), item('tekst', 70, 500)]);
    expect(furnitureOf(all)).toEqual(['page-number:Pagina 1 van 3', 'page-number:Pagina 2 van 3', 'page-number:Pagina 3 van 3']);
  });

  it('marks a bare page number at the bottom of a single page', () => {
    const all = pages(1, () => [item('tekst', 70, 500), item('7', 290, 30)]);
    expect(furnitureOf(all)).toEqual(['page-number:7']);
  });

  it('marks the VNG copyright line, also when it wraps and appears on one page only', () => {
    const all = pages(2, (n) =>
      n === 1
        ? [item('tekst', 70, 500), item('Niets van deze uitgave mag zonder uitdrukkelijke toestemming van de VNG', 70, 40, { fontSize: 8 }), item('worden verveelvoudigd of verspreid.', 70, 30, { fontSize: 8 })]
        : [item('tekst', 70, 500)],
    );
    expect(furnitureOf(all)).toHaveLength(2);
  });

  it('never takes HR21 headings for furniture, even when every page starts with one', () => {
    const all = pages(3, (n) => [item('Functiebeschrijving', 70, 780), item(`Code : N02.01.0${n}`, 70, 740), item('tekst', 70, 500)]);
    expect(furnitureOf(all)).toEqual([]);
  });

  it('leaves body text that merely repeats in the middle of pages alone', () => {
    const all = pages(3, () => [item('creëert draagvlak voor beleid', 70, 400)]);
    expect(furnitureOf(all)).toEqual([]);
  });

  it('keeps a line that repeats on every page inside the text, below other content, as content', () => {
    const all = pages(3, () => [item('Module HR21', 70, 780), item('Modulecode : M01', 70, 750), item('1. Coördinatie', 70, 735), item('tekst', 70, 500)]);
    expect(furnitureOf(all)).toEqual([]);
  });

  it('in a one-page document, takes a short line set apart at the top edge for its running header', () => {
    const all = pages(1, () => [item('Gemeente Voorbeeldstad', 70, 810, { fontSize: 9 }), item('Functiebeschrijving', 70, 760), item('tekst', 70, 745)]);
    expect(furnitureOf(all)).toEqual(['running:Gemeente Voorbeeldstad']);
  });

  it('keeps the first line of a page as content when it starts where the large title of the other page starts, its baseline higher', () => {
    // A two-page export set from a 72 pt top margin with leading 1.5: a 16 pt title opens page 1;
    // page 2 opens with a list line in 9 pt, a heading well below it.
    const all = pages(2, (n) =>
      n === 1
        ? [item('Functiebeschrijving', 51, 746, { fontSize: 16 }), item('Naam functie : Adviseur', 51, 720, { fontSize: 9 }), item('stelt adviezen op', 61, 100, { fontSize: 9 })]
        : [item('o', 61, 756.5, { fontSize: 9 }), item('bewaakt de voortgang van de uitvoering', 75, 756.5, { fontSize: 9 }), item('Resultaatgebied 6: Advies', 51, 734, { fontSize: 9 }), item('adviseert het bestuur', 61, 100, { fontSize: 9 })],
    );
    expect(furnitureOf(all)).toEqual([]);
  });

  it('in a one-page document, keeps a top line that is close to the text as content', () => {
    const all = pages(1, () => [item('Inleiding', 70, 770), item('tekst', 70, 758)]);
    expect(furnitureOf(all)).toEqual([]);
  });
});
