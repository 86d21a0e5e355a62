import { collapseWhitespace } from '../layout/text.js';
import type { Line } from '../layout/types.js';

/** Words after which a line-end hyphen was an elision ("wet- en regelgeving", "in- of extern"), not part of a word. */
const CONJUNCTION = /^(?:en|of|als|noch|tot|maar|c\.q\.)(?![\p{L}\p{N}])/iu;
const LINE_END_DASH = /[-–—]$/;

/** What joins two wrapped lines: a hyphen or dash at the line end holds the word together unless an elision follows. */
function separator(before: string, after: string): string {
  return LINE_END_DASH.test(before) && !CONJUNCTION.test(after) ? '' : ' ';
}

/**
 * Joins wrapped lines into one string (the spec's text rule): one space between lines, except
 * after a line-end hyphen or dash, which belongs to the word ("ICT-" + "systemen") unless it is an
 * elision before a conjunction. No hyphen is ever removed.
 */
export function joinLines(parts: readonly (Line | string)[]): string {
  let joined = '';
  for (const part of parts) {
    const text = collapseWhitespace(typeof part === 'string' ? part : part.text);
    if (text === '') continue;
    joined = joined === '' ? text : `${joined}${separator(joined, text)}${text}`;
  }
  return joined;
}

/** Compares the way the spec asks: ignoring case and whitespace. */
export function sameText(a: string, b: string): boolean {
  return comparable(a) === comparable(b);
}

export function comparable(text: string): string {
  return collapseWhitespace(text.toLocaleLowerCase('nl'));
}
