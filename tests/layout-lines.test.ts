import { describe, expect, it } from 'vitest';
import { item, linesOf } from './support/items.js';

describe('layout/lines', () => {
  it('puts runs with the same baseline on one line, left to right, whatever their order in the PDF', () => {
    const [line] = linesOf([item('wereld', 40, 700), item('hallo', 10, 700.5)]);
    expect(line?.text).toBe('hallo wereld');
  });

  it('starts a new line when the baseline moves by more than a fraction of the font size', () => {
    const lines = linesOf([item('boven', 10, 700), item('onder', 10, 688)]);
    expect(lines.map((line) => line.text)).toEqual(['boven', 'onder']);
  });

  it('joins runs that touch without a space (a word split into glyph runs)', () => {
    const [line] = linesOf([item('beleids', 10, 700), item('terrein', 45, 700)]);
    expect(line?.text).toBe('beleidsterrein');
  });

  it('inserts one space where runs are a word space apart, also for wide justified gaps', () => {
    const [line] = linesOf([item('aan', 10, 700), item('de', 25 + 3, 700), item('organisatie', 38 + 9, 700)]);
    expect(line?.text).toBe('aan de organisatie');
  });

  it('drops a run printed twice at the same place (fake bold) once', () => {
    const [line] = linesOf([item('Module', 10, 700), item('Module', 10.3, 700)]);
    expect(line?.text).toBe('Module');
  });

  it('spells out ligatures, turns no-break spaces into spaces and removes soft hyphens', () => {
    const [line] = linesOf([item('e\uFB03ciënt\u00A0en\u00ADzo', 10, 700)]);
    expect(line?.text).toBe('efficiënt enzo');
  });

  it('keeps typographic characters as printed (’ ´ –), no NFKC', () => {
    const [line] = linesOf([item('programma’s risico´s – x', 10, 700)]);
    expect(line?.text).toBe('programma’s risico´s – x');
  });

  it('marks a line set in another font than the page body as emphasized', () => {
    const lines = linesOf([
      item('Resultaatgebied 1: Advies', 10, 700, { fontId: 'bold' }),
      item('adviseert over vraagstukken op meerdere vakgebieden', 10, 680),
      item('en signaleert risico’s', 10, 668),
    ]);
    expect(lines.map((line) => line.emphasized)).toEqual([true, false, false]);
  });

  it('keeps rotated text out of the body as a watermark', () => {
    const lines = linesOf([item('CONCEPT', 100, 400, { rotated: true }), item('tekst', 10, 400)]);
    expect(lines.find((line) => line.text === 'CONCEPT')?.furniture).toBe('watermark');
    expect(lines.find((line) => line.text === 'tekst')?.furniture).toBeNull();
  });
});
