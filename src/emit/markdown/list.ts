import type { List, ListItem, RootContent } from 'mdast';
import { type ConstructStack, enter } from './construct-stack.js';

/** The bullets of the list being written and of the last list written at this level, as remark tracks them. */
export interface BulletState {
  current: string | undefined;
  lastUsed: string | undefined;
}

/** Writes flow children; passed in so that lists and flow need not import each other. */
export type WriteFlow = (children: readonly RootContent[], parent: List | ListItem, stack: ConstructStack, bullets: BulletState) => string;

const BULLET = '-';
/** Used instead when a list directly follows another, which would otherwise merge with it. */
const BULLET_OTHER = '*';

/**
 * A bullet list (the only kind this tool builds): `-` bullets, `*` for a list right after
 * another; items on consecutive lines unless the list is spread.
 */
export function list(node: List, stack: ConstructStack, bullets: BulletState, writeFlow: WriteFlow): string {
  if (node.ordered) throw new Error('Markdown: ordered lists are not written by this tool');
  const bullet = bullets.lastUsed === BULLET ? BULLET_OTHER : BULLET;
  const outer = bullets.current;
  bullets.current = bullet;
  const value = writeFlow(node.children, node, enter(stack, 'list'), bullets);
  bullets.lastUsed = bullet;
  bullets.current = outer;
  return value;
}

/** One item: its first line after the bullet and one space (`listItemIndent: 'one'`), later lines indented to match, blank lines left empty. */
export function listItem(node: ListItem, stack: ConstructStack, bullets: BulletState, writeFlow: WriteFlow): string {
  const bullet = bullets.current ?? BULLET;
  const indent = ' '.repeat(bullet.length + 1);
  const content = writeFlow(node.children, node, enter(stack, 'listItem'), bullets);
  if (!/[\r\n]/.test(content)) return content ? `${bullet} ${content}` : bullet;
  return content
    .split(/(\r?\n|\r)/)
    .map((part, index) => {
      if (index % 2 === 1) return part;
      if (index === 0) return part ? `${bullet} ${part}` : bullet;
      return part ? indent + part : '';
    })
    .join('');
}
