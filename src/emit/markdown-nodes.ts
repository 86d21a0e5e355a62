import type { AlignType, Emphasis, Heading, InlineCode, List, Paragraph, PhrasingContent, Table, Text } from 'mdast';

/**
 * Small mdast builders. Text always goes into `text` nodes and is never escaped
 * here: the serializer (src/emit/markdown/) escapes for the context it writes the text into
 * (a `|` only in a table cell, a leading `1.` only at the start of a block).
 */

/** Plain text, or phrasing content when a line mixes kinds (inline code plus text). */
export type Inline = string | PhrasingContent[];

export function text(value: string): Text {
  return { type: 'text', value };
}

export function emphasis(value: string): Emphasis {
  return { type: 'emphasis', children: [text(value)] };
}

export function inlineCode(value: string): InlineCode {
  return { type: 'inlineCode', value };
}

function phrasing(content: Inline): PhrasingContent[] {
  return typeof content === 'string' ? [text(content)] : content;
}

export function heading(depth: Heading['depth'], content: Inline): Heading {
  return { type: 'heading', depth, children: phrasing(content) };
}

export function paragraph(content: Inline): Paragraph {
  return { type: 'paragraph', children: phrasing(content) };
}

/** A tight bullet list: one paragraph per item, no blank lines between items. */
export function bulletList(items: readonly Inline[]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((item) => ({ type: 'listItem', spread: false, children: [paragraph(item)] })),
  };
}

/** A GFM table; `align` has one entry per column. */
export function table(align: readonly AlignType[], header: readonly string[], rows: readonly (readonly string[])[]): Table {
  return {
    type: 'table',
    align: [...align],
    children: [header, ...rows].map((row) => ({
      type: 'tableRow',
      children: row.map((cell) => ({ type: 'tableCell', children: [text(cell)] })),
    })),
  };
}
