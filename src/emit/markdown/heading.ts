import type { Heading, Nodes } from 'mdast';
import { characterReference } from './character-kind.js';
import { enter, OUTERMOST } from './construct-stack.js';
import { phrasing } from './phrasing.js';

const SETEXT = enter(OUTERMOST, 'headingSetext', 'phrasing');
const ATX = enter(OUTERMOST, 'headingAtx', 'phrasing');

function textOf(node: Nodes): string {
  if ('value' in node) return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

function hasLineEnding(node: Nodes): boolean {
  if ('value' in node) return /[\r\n]/.test(node.value);
  return node.type === 'break' || ('children' in node && node.children.some(hasLineEnding));
}

/** Whether remark writes this heading setext-style (with our `setext: false`: only for a line ending in its text). */
export function isSetext(node: Heading): boolean {
  return (!node.depth || node.depth < 3) && hasLineEnding(node) && textOf(node) !== '';
}

/**
 * An ATX heading (`## text`); a heading of depth 1 or 2 whose text holds a line ending is
 * written setext-style (underlined), as remark does, since an ATX heading ends at the line.
 */
export function heading(node: Heading): string {
  const rank = Math.max(Math.min(6, node.depth || 1), 1);
  if (isSetext(node)) {
    const value = phrasing(node.children, SETEXT, '\n', '\n');
    const lastLine = value.length - (Math.max(value.lastIndexOf('\r'), value.lastIndexOf('\n')) + 1);
    return `${value}\n${(rank === 1 ? '=' : '-').repeat(lastLine)}`;
  }
  const sequence = '#'.repeat(rank);
  let value = phrasing(node.children, ATX, '# ', '\n');
  const head = value.charCodeAt(0);
  // A leading space or tab would be taken as part of the marker.
  if (head === 9 || head === 32) value = characterReference(head) + value.slice(1);
  return value ? `${sequence} ${value}` : sequence;
}
