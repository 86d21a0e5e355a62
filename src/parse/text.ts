import type { Line } from '../layout/types.js';

/** Joins wrapped lines into one string: one space between lines, a line-end hyphen kept. */
export function joinLines(parts: readonly (Line | string)[]): string {
  return parts
    .map((part) => (typeof part === 'string' ? part : part.text))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Compares the way the spec asks: ignoring case and whitespace. */
export function sameText(a: string, b: string): boolean {
  return comparable(a) === comparable(b);
}

export function comparable(text: string): string {
  return text.toLocaleLowerCase('nl').replace(/\s+/g, ' ').trim();
}
