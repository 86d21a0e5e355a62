import type { Delete, Emphasis, PhrasingContent, Strong } from 'mdast';
import { type Attention, joinPhrasing, type PhrasingItem } from './attention.js';
import { firstCharacter, lastCharacter } from './character-kind.js';
import { type ConstructStack, enter } from './construct-stack.js';
import { escapeText } from './escape.js';
import { inlineCode } from './inline-code.js';

type AttentionNode = Emphasis | Strong | Delete;

/** Construct pushed while inside each kind of attention, and its sequences, preferred first (our options: `_` emphasis, `*` strong). */
const ATTENTION: Record<AttentionNode['type'], { construct: string; sequences: readonly string[] }> = {
  emphasis: { construct: 'emphasis', sequences: ['_', '*'] },
  strong: { construct: 'strong', sequences: ['**', '__'] },
  delete: { construct: 'strikethrough', sequences: ['~~', '~'] },
};

function unsupported(node: { type: string }): never {
  throw new Error(`Markdown: cannot write a ${node.type} node in phrasing`);
}

/** How the next sibling starts, as remark peeks at it to escape the end of a text. */
function peek(node: PhrasingContent, stack: ConstructStack): string {
  switch (node.type) {
    case 'text':
      return escapeText(node.value, '', '', stack);
    case 'inlineCode':
      return '`';
    case 'emphasis':
    case 'strong':
    case 'delete':
      return ATTENTION[node.type].sequences[0]!;
    default:
      return '';
  }
}

function attentionItem(node: AttentionNode, stack: ConstructStack): Attention | undefined {
  const { construct, sequences } = ATTENTION[node.type];
  const children = phrasingItems(node.children, enter(stack, construct), sequences[0]!, sequences[0]!);
  // Empty attention cannot form.
  return children.length === 0 ? undefined : { children, sequences };
}

function phrasingItems(children: readonly PhrasingContent[], stack: ConstructStack, before: string, after: string): PhrasingItem[] {
  const items: PhrasingItem[] = [];
  let previous = before;
  children.forEach((child, index) => {
    const next = children[index + 1];
    const following = next === undefined ? after : firstCharacter(peek(next, stack));
    switch (child.type) {
      case 'emphasis':
      case 'strong':
      case 'delete': {
        const item = attentionItem(child, stack);
        if (!item) return;
        items.push(item);
        previous = lastCharacter(item.sequences[0]!);
        return;
      }
      case 'text':
      case 'inlineCode': {
        const value = child.type === 'text' ? escapeText(child.value, previous, following, stack) : inlineCode(child, stack.names.includes('tableCell'));
        if (!value) return;
        items.push(value);
        previous = lastCharacter(value);
        return;
      }
      default:
        unsupported(child);
    }
  });
  return items;
}

/** Phrasing children written between `before` and `after` inside `stack` (which ends with `phrasing`). */
export function phrasing(children: readonly PhrasingContent[], stack: ConstructStack, before: string, after: string): string {
  // Most phrasing is one text: nothing to peek at, no attention to pair.
  if (children.length === 1 && children[0]!.type === 'text') return escapeText(children[0]!.value, before, after, stack);
  return joinPhrasing(phrasingItems(children, stack, before, after), before, after);
}
