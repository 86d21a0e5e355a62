import { describe, expect, it } from 'vitest';
import { diffJson, formatDifferences } from '../src/diff/index.js';

describe('field-by-field JSON diff (golden and round-trip tests)', () => {
  it('finds no differences between equal documents', () => {
    expect(diffJson({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toEqual([]);
  });

  it('locates a changed value by JSON Pointer', () => {
    expect(diffJson({ functies: [{ naam: 'A' }] }, { functies: [{ naam: 'B' }] })).toEqual([{ kind: 'changed', pointer: '/functies/0/naam', expected: 'A', actual: 'B' }]);
  });

  it('reports one inserted list item as one addition, not as every later item changed', () => {
    expect(diffJson({ taken: ['a', 'b', 'c'] }, { taken: ['a', 'x', 'b', 'c'] })).toEqual([{ kind: 'added', pointer: '/taken/1', actual: 'x' }]);
  });

  it('reports a removed item and a missing key', () => {
    expect(diffJson({ taken: ['a', 'b'], code: 'N' }, { taken: ['a'] })).toEqual([
      { kind: 'removed', pointer: '/taken/1', expected: 'b' },
      { kind: 'removed', pointer: '/code', expected: 'N' },
    ]);
  });

  it('names the function and resultaatgebied in the readable report', () => {
    const expected = { functies: [{ naam: 'Adviseur I', resultaatgebieden: [{ nummer: 2, taken: ['a'] }] }] };
    const actual = { functies: [{ naam: 'Adviseur I', resultaatgebieden: [{ nummer: 2, taken: ['b'] }] }] };
    expect(formatDifferences(diffJson(expected, actual), expected)).toBe(
      '~ functies › 1 "Adviseur I" › resultaatgebieden › 2 › taken › item 1 (/functies/0/resultaatgebieden/0/taken/0)\n    expected "a"\n    actual   "b"',
    );
  });
});
