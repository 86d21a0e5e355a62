import type { Paragraph } from 'mdast';
import { type ConstructStack, enter } from './construct-stack.js';
import { phrasing } from './phrasing.js';

/** A paragraph: its phrasing, escaped as at the start and end of a line. */
export function paragraph(node: Paragraph, stack: ConstructStack): string {
  return phrasing(node.children, enter(stack, 'paragraph', 'phrasing'), '\n', '\n');
}
