import { isDeepStrictEqual } from 'node:util';

/** Every leaf (string, number, boolean, null, empty array or object) of a JSON value, by JSON Pointer. */
function leaves(value: unknown, pointer = '', into = new Map<string, unknown>()): Map<string, unknown> {
  const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : value !== null && typeof value === 'object' ? Object.entries(value) : null;
  if (entries === null || entries.length === 0) into.set(pointer, value);
  else for (const [key, child] of entries) leaves(child, `${pointer}/${key}`, into);
  return into;
}

export interface FieldCount {
  matched: number;
  total: number;
  /** Pointers of the expected fields that came out different or not at all. */
  mismatched: string[];
}

/** Counts the fields of `expected` that `actual` has, at the same place, with the same value. */
export function countFields(expected: unknown, actual: unknown): FieldCount {
  const wanted = leaves(expected);
  const got = leaves(actual);
  const mismatched = [...wanted].filter(([pointer, value]) => !got.has(pointer) || !isDeepStrictEqual(got.get(pointer), value)).map(([pointer]) => pointer);
  // Fields only the parse has are as wrong as fields it lost.
  const extra = [...got.keys()].filter((pointer) => !wanted.has(pointer));
  return { matched: wanted.size - mismatched.length, total: wanted.size, mismatched: [...mismatched, ...extra] };
}
