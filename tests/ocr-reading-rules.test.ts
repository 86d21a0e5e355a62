import { describe, expect, it } from 'vitest';
import { readCode, readHeadingWord, readLineWords, readPunctuation, readRomanLevel } from '../src/ocr/reading-rules.js';

describe('OCR reading rules: codes', () => {
  it('turns O and l back into digits inside a function code', () => {
    expect(readCode('NO2.0l.02', false)).toBe('N02.01.02');
    expect(readCode('N03,O3.I4', false)).toBe('N03.03.14');
  });

  it('leaves words that only look a little like codes alone', () => {
    expect(readCode('Oost', false)).toBe('Oost');
    expect(readCode('NOl', false)).toBe('NOl');
    expect(readCode('1.2', false)).toBe('1.2');
  });

  it('reads a module code only after a code label', () => {
    expect(readCode('MOl', true)).toBe('M01');
    expect(readLineWords(['Modulecode', ':', 'MO1'])).toEqual(['Modulecode', ':', 'M01']);
    expect(readLineWords(['de', 'MOl'])).toEqual(['de', 'MOl']);
  });
});

describe('OCR reading rules: headings', () => {
  it('puts back a heading word misread by a letter, keeping its colon and case', () => {
    expect(readHeadingWord('Functlereeks')).toBe('Functiereeks');
    expect(readHeadingWord('Resultaatgebled')).toBe('Resultaatgebied');
    expect(readHeadingWord('functiekenrnerken:')).toBe('functiekenmerken:');
  });

  it('leaves exact words, short words and unrelated words alone', () => {
    expect(readHeadingWord('Functiegroep')).toBe('Functiegroep');
    expect(readHeadingWord('Naarn')).toBe('Naarn');
    expect(readHeadingWord('Uitvoering')).toBe('Uitvoering');
  });

  it('applies only at the start of a line', () => {
    expect(readLineWords(['Functlegroep', 'Advies:'])).toEqual(['Functiegroep', 'Advies:']);
    expect(readLineWords(['de', 'Functlegroep'])).toEqual(['de', 'Functlegroep']);
    expect(readLineWords(['Overwegende', 'functiekenrnerken:'])).toEqual(['Overwegende', 'functiekenmerken:']);
  });
});

describe('OCR reading rules: roman levels', () => {
  it('reads I-look-alikes after a name word as the roman level', () => {
    expect(readLineWords(['Adviseur', 'Il'])).toEqual(['Adviseur', 'II']);
    expect(readLineWords(['Functiegroep', 'Strategisch', 'l:'])).toEqual(['Functiegroep', 'Strategisch', 'I:']);
    expect(readLineWords(['Medewerker', 'beleidsuitvoering', 'lV'])).toEqual(['Medewerker', 'beleidsuitvoering', 'IV']);
    expect(readLineWords(['Programmamanager', '1'])).toEqual(['Programmamanager', 'I']);
    expect(readLineWords(['Medewerker', 'bedrijfsvoering', 'I!!'])).toEqual(['Medewerker', 'bedrijfsvoering', 'III']);
    // I's joined at their serifs read as H or T.
    expect(readLineWords(['Strategisch', 'H'])).toEqual(['Strategisch', 'II']);
    expect(readLineWords(['Medewerker', 'bedrijfsvoering', 'HI'])).toEqual(['Medewerker', 'bedrijfsvoering', 'III']);
    expect(readLineWords(['Strategisch', 'TI'])).toEqual(['Strategisch', 'III']);
    expect(readLineWords(['Vitamine', 'T'])).toEqual(['Vitamine', 'T']);
    expect(readLineWords(['Strategisch', 'HH'])).toEqual(['Strategisch', 'HH']);
  });

  it('keeps numbers that are numbers', () => {
    expect(readRomanLevel(['Resultaatgebied', '1'], 1)).toBe('1');
    expect(readLineWords(['zoals', 'bedoeld', 'in', 'het', 'eerste', 'lid', 'van', 'artikel', '1'])).toContain('1');
    expect(readLineWords(['1', 'taak'])).toEqual(['1', 'taak']);
  });
});

describe('OCR reading rules: page footers', () => {
  it('reads the numbers of "Pagina 1 van 2" as numbers, whatever look-alikes the engine saw', () => {
    expect(readLineWords(['Pagina', 'I', 'van', '2'])).toEqual(['Pagina', '1', 'van', '2']);
    expect(readLineWords(['Pagina', 'l', 'van', 'Z'])).toEqual(['Pagina', '1', 'van', '2']);
    expect(readLineWords(['Pagina', 'Inleiding'])).toEqual(['Pagina', 'Inleiding']);
  });
});

describe('OCR reading rules: quotes and dashes', () => {
  it('prints a straight apostrophe inside a word as ’ and a dash that stands alone as –', () => {
    expect(readPunctuation("programma's")).toBe('programma’s');
    expect(readPunctuation('risico`s')).toBe('risico’s');
    expect(readPunctuation('risico´s')).toBe('risico´s');
    expect(readPunctuation('-')).toBe('–');
    expect(readPunctuation('-ontwikkeling')).toBe('-ontwikkeling');
  });

  it('keeps a hyphen that ends or joins words', () => {
    expect(readPunctuation('wet-')).toBe('wet-');
    expect(readPunctuation('ICT-systemen')).toBe('ICT-systemen');
    expect(readPunctuation('(meer-)jaarprogramma')).toBe('(meer-)jaarprogramma');
  });
});
