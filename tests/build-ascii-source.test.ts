import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { asciiSource } from '../scripts/ascii-source.js';

const evaluate = (source: string) => runInNewContext(source) as RegExp[];

describe('build: the worker bundle written as ASCII', () => {
  it('escapes characters in regular-expression literals to the same characters, with and without the u flag', () => {
    const source = '[/^[•▪\\uE000-\\uF8FF–]/u, /^(?:o|-|–|—)$/, /[‘’]{2}x/gu, /😀|é/, /[😀]/u]';
    const escaped = asciiSource(source);
    expect(isAscii(Buffer.from(escaped))).toBe(true);
    const samples = ['•', '▪', '\uE123', '–', '—', 'o', '-', '‘’x', '😀', '\uD83D', 'é', 'e', 'a'];
    const before = evaluate(source);
    const after = evaluate(escaped);
    for (const [index, regex] of before.entries()) {
      for (const sample of samples) expect([index, sample, (after[index] as RegExp).test(sample)]).toEqual([index, sample, regex.test(sample)]);
      expect((after[index] as RegExp).flags).toBe(regex.flags);
    }
  });

  it('leaves an ASCII source as it is', () => {
    const source = 'const a = "\\u2013"; /x/.test(a);';
    expect(asciiSource(source)).toBe(source);
  });

  it('refuses what escaping would change: raw template text, a comment, an identity escape', () => {
    expect(() => asciiSource('String.raw`–`')).toThrow(/outside a regular-expression literal/);
    expect(() => asciiSource('/* – */ 1')).toThrow(/outside a regular-expression literal/);
    expect(() => asciiSource('/\\–/')).toThrow(/follows a backslash/);
  });

  it('is how the build wrote the pool worker bundle', () => {
    expect(isAscii(readFileSync(new URL('../dist/batch/worker.bundle.cjs', import.meta.url)))).toBe(true);
  });
});
