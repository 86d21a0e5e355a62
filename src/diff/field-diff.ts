/** One way two JSON values differ, located by JSON Pointer. */
export type Difference =
  | { kind: 'added'; pointer: string; actual: unknown }
  | { kind: 'removed'; pointer: string; expected: unknown }
  | { kind: 'changed'; pointer: string; expected: unknown; actual: unknown };

function escapePointer(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Longest common subsequence of two string lists, as index pairs. */
function commonPairs(a: readonly string[], b: readonly string[]): [number, number][] {
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = lengths[i] as number[];
      row[j] = a[i] === b[j] ? (lengths[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(lengths[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if ((lengths[i + 1]?.[j] ?? 0) >= (lengths[i]?.[j + 1] ?? 0)) i++;
    else j++;
  }
  return pairs;
}

/**
 * Lists of strings (kenmerken, taken) are aligned, so one inserted item reads as one
 * addition instead of every later item changed. Unpaired neighbours read as a change.
 */
function diffStringLists(expected: readonly string[], actual: readonly string[], pointer: string, out: Difference[]): void {
  const pairs = [...commonPairs(expected, actual), [expected.length, actual.length] as [number, number]];
  let i = 0;
  let j = 0;
  for (const [nextI, nextJ] of pairs) {
    while (i < nextI && j < nextJ) {
      out.push({ kind: 'changed', pointer: `${pointer}/${i}`, expected: expected[i], actual: actual[j] });
      i++;
      j++;
    }
    for (; i < nextI; i++) out.push({ kind: 'removed', pointer: `${pointer}/${i}`, expected: expected[i] });
    for (; j < nextJ; j++) out.push({ kind: 'added', pointer: `${pointer}/${j}`, actual: actual[j] });
    i = nextI + 1;
    j = nextJ + 1;
  }
}

function walk(expected: unknown, actual: unknown, pointer: string, out: Difference[]): void {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if ([...expected, ...actual].every((item) => typeof item === 'string')) {
      diffStringLists(expected as string[], actual as string[], pointer, out);
      return;
    }
    const length = Math.max(expected.length, actual.length);
    for (let index = 0; index < length; index++) {
      const at = `${pointer}/${index}`;
      if (index >= actual.length) out.push({ kind: 'removed', pointer: at, expected: expected[index] });
      else if (index >= expected.length) out.push({ kind: 'added', pointer: at, actual: actual[index] });
      else walk(expected[index], actual[index], at, out);
    }
    return;
  }
  if (isObject(expected) && isObject(actual)) {
    for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
      const at = `${pointer}/${escapePointer(key)}`;
      if (!(key in actual)) out.push({ kind: 'removed', pointer: at, expected: expected[key] });
      else if (!(key in expected)) out.push({ kind: 'added', pointer: at, actual: actual[key] });
      else walk(expected[key], actual[key], at, out);
    }
    return;
  }
  if (!Object.is(expected, actual)) out.push({ kind: 'changed', pointer, expected, actual });
}

/** Field-by-field differences between an expected and an actual JSON value. */
export function diffJson(expected: unknown, actual: unknown): Difference[] {
  const out: Difference[] = [];
  walk(expected, actual, '', out);
  return out;
}
