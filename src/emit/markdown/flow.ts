import type { List, ListItem, Root, RootContent } from 'mdast';
import { type ConstructStack, OUTERMOST } from './construct-stack.js';
import { heading, isSetext } from './heading.js';
import { type BulletState, list, listItem } from './list.js';
import { paragraph } from './paragraph.js';
import { table } from './table.js';

type FlowParent = Root | List | ListItem;

function lastDescendant(node: RootContent): RootContent {
  let tail = node;
  while ((tail.type === 'list' || tail.type === 'listItem') && tail.children.length > 0) tail = tail.children[tail.children.length - 1]!;
  return tail;
}

/**
 * What goes between two flow siblings, as remark's join rules decide for the node types we
 * build: a blank line, except between the items of a tight list or where a tight item's
 * paragraph is followed by something that cannot join it.
 */
function between(left: RootContent, right: RootContent, parent: FlowParent): string {
  if (parent.type === 'root' || typeof parent.spread !== 'boolean') return '\n\n';
  // A table in a tight item would take the text after it as rows.
  if (left.type === 'table' && parent.type === 'listItem' && parent.spread === false && (right.type === 'paragraph' || right.type === 'table' || (right.type === 'heading' && isSetext(right))))
    return '\n\n';
  if (parent.spread) return '\n\n';
  if (left.type === 'paragraph' && right.type === 'list' && ((right.ordered && typeof right.start === 'number' && right.start !== 1) || right.children[0]?.children.length === 0))
    return '\n\n';
  const tail = lastDescendant(left);
  if (tail.type !== 'paragraph') return '\n';
  if ((left.type === 'paragraph' || left !== (tail as RootContent)) && (right.type === 'paragraph' || (right.type === 'heading' && isSetext(right)))) return '\n\n';
  return '\n';
}

function writeFlow(children: readonly RootContent[], parent: FlowParent, stack: ConstructStack, bullets: BulletState): string {
  let markdown = '';
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    markdown += writeNode(child, stack, bullets);
    if (child.type !== 'list') bullets.lastUsed = undefined;
    const next = children[index + 1];
    if (next) markdown += between(child, next, parent);
  }
  return markdown;
}

function writeNode(node: RootContent, stack: ConstructStack, bullets: BulletState): string {
  switch (node.type) {
    case 'heading':
      return heading(node);
    case 'paragraph':
      return paragraph(node, stack);
    case 'table':
      return table(node);
    case 'list':
      return list(node, stack, bullets, writeFlow);
    case 'listItem':
      return listItem(node, stack, bullets, writeFlow);
    default:
      throw new Error(`Markdown: cannot write a ${node.type} node`);
  }
}

/** A root of flow content as Markdown, ending with one line ending (unless empty). */
export function writeRoot(root: Root): string {
  const markdown = writeFlow(root.children, root, OUTERMOST, { current: undefined, lastUsed: undefined });
  return markdown === '' || /[\r\n]$/.test(markdown) ? markdown : `${markdown}\n`;
}
