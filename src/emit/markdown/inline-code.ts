import type { InlineCode } from 'mdast';
import { patternSource } from './unsafe-matcher.js';
import { unsafePatterns } from './unsafe-patterns.js';

/**
 * The `atBreak` patterns as the global regular expressions remark runs over inline code, in
 * list order: code cannot be escaped, so a line ending before something that would start a
 * block is turned into a space instead.
 */
const atBreakExpressions = unsafePatterns
  .filter((pattern) => pattern.atBreak)
  .map((pattern) => new RegExp(patternSource(pattern), 'g'));

function blockStartsAsSpaces(code: string): string {
  let value = code;
  for (const expression of atBreakExpressions) {
    let match: RegExpExecArray | null;
    while ((match = expression.exec(value))) {
      // A CR LF goes as one space.
      const position = value.charCodeAt(match.index) === 10 && value.charCodeAt(match.index - 1) === 13 ? match.index - 1 : match.index;
      value = `${value.slice(0, position)} ${value.slice(match.index + 1)}`;
    }
  }
  return value;
}

/** Inline code in a fence of backticks one longer than any single run inside, padded where it starts or ends with one. */
export function inlineCode(node: InlineCode, inTableCell: boolean): string {
  let value = node.value;
  let sequence = '`';
  while (new RegExp(`(^|[^\`])${sequence}([^\`]|$)`).test(value)) sequence += '`';
  if (/[^\n\r ]/.test(value) && ((/^[\n\r ]/.test(value) && /[\n\r ]$/.test(value)) || /^`|`$/.test(value))) value = ` ${value} `;
  if (/[\r\n]/.test(value)) value = blockStartsAsSpaces(value);
  const written = sequence + value + sequence;
  return inTableCell ? pipesEscaped(written) : written;
}

/** In a table cell a pipe ends the cell even in code: one backslash before it, counting those already there. */
function pipesEscaped(value: string): string {
  let result = '';
  let start = 0;
  for (let index = value.indexOf('|'); index !== -1; index = value.indexOf('|', index + 1)) {
    let before = index;
    while (before > start && value.charCodeAt(before - 1) === 92) before--;
    result += value.slice(start, index);
    if ((index - before) % 2 === 0) result += '\\';
    start = index;
  }
  return result + value.slice(start);
}
