import type { Paragraph } from 'mdast';
import { phrasing } from './phrasing.js';

/** A paragraph: its phrasing, escaped as at the start and end of a line. */
export function paragraph(node: Paragraph, stack: readonly string[]): string {
  return phrasing(node.children, [...stack, 'paragraph', 'phrasing'], '\n', '\n');
}
