import type { Nodes, Root } from 'mdast';
import { el } from './dom.js';

type Handler<T extends Nodes['type']> = (node: Extract<Nodes, { type: T }>) => Node;

function children(node: { children: Nodes[] }): Node[] {
  return node.children.map(render);
}

/** One handler per mdast node type the Markdown view uses; anything else shows as its text. */
const handlers: { [T in Nodes['type']]?: Handler<T> } = {
  root: (node) => el('div', {}, ...children(node)),
  heading: (node) => el(`h${Math.min(6, node.depth + 1)}` as 'h3', {}, ...children(node)),
  paragraph: (node) => el('p', {}, ...children(node)),
  text: (node) => document.createTextNode(node.value),
  emphasis: (node) => el('em', {}, ...children(node)),
  strong: (node) => el('strong', {}, ...children(node)),
  inlineCode: (node) => el('code', {}, node.value),
  list: (node) => el(node.ordered ? 'ol' : 'ul', {}, ...children(node)),
  listItem: (node) => el('li', {}, ...node.children.flatMap((child) => (child.type === 'paragraph' ? children(child) : [render(child)]))),
  table: (node) => {
    const [head, ...rows] = node.children;
    const cells = (row: typeof head, tag: 'th' | 'td') => el('tr', {}, ...(row?.children ?? []).map((cell) => el(tag, tag === 'th' ? { scope: 'col' } : {}, ...children(cell))));
    return el('table', {}, el('thead', {}, cells(head, 'th')), el('tbody', {}, ...rows.map((row) => cells(row, 'td'))));
  },
};

function render(node: Nodes): Node {
  const handler = handlers[node.type] as ((node: Nodes) => Node) | undefined;
  if (handler) return handler(node);
  return document.createTextNode('value' in node ? String(node.value) : '');
}

/** A function's part of the Markdown view as HTML: the same headings, tables and lists, one level down. */
export function markdownView(tree: Root): HTMLElement {
  return render(tree) as HTMLElement;
}
