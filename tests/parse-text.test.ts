import { describe, expect, it } from 'vitest';
import { joinLines } from '../src/parse/text.js';

describe('parse/text: joining wrapped lines', () => {
  it('joins lines with one space', () => {
    expect(joinLines(['stelt  adviezen', ' op ', ''])).toBe('stelt adviezen op');
  });

  it('keeps a line-end hyphen or dash and joins the next line to it without a space', () => {
    expect(joinLines(['beheert ICT-', 'systemen'])).toBe('beheert ICT-systemen');
    expect(joinLines(['thema-', 'overstijgende'])).toBe('thema-overstijgende');
    expect(joinLines(['opdrachtgever-', 'opdrachtnemer'])).toBe('opdrachtgever-opdrachtnemer');
    expect(joinLines(['voorbereiding en –', 'uitvoering'])).toBe('voorbereiding en –uitvoering');
  });

  it('keeps the space after an elision before a conjunction', () => {
    expect(joinLines(['binnen de context van wet-', 'en regelgeving'])).toBe('binnen de context van wet- en regelgeving');
    expect(joinLines(['in-', 'of extern'])).toBe('in- of extern');
    expect(joinLines(['zowel in-', 'als externe'])).toBe('zowel in- als externe');
    expect(joinLines(['beleids-, advies-', 'en uitvoeringsvragen'])).toBe('beleids-, advies- en uitvoeringsvragen');
    expect(joinLines(['wet-', 'en/of regelgeving'])).toBe('wet- en/of regelgeving');
  });

  it('does not take a word that only starts like a conjunction for one', () => {
    expect(joinLines(['kwaliteits-', 'eisen'])).toBe('kwaliteits-eisen');
    expect(joinLines(['project-', 'ondersteuning'])).toBe('project-ondersteuning');
  });

  it('joins normally after a hyphen followed by a comma', () => {
    expect(joinLines(['beleids-,', 'advies- en'])).toBe('beleids-, advies- en');
  });
});
