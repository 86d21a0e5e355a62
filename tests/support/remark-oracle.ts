import type { Root } from 'mdast';
import type { Unsafe } from 'mdast-util-to-markdown';
import remarkGfm, { type Options as GfmOptions } from 'remark-gfm';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';

/**
 * remark-stringify with remark-gfm and the options the tool used when it wrote Markdown
 * through them: the oracle our own serializer must match byte for byte.
 */
export const stringifyOptions: StringifyOptions = {
  bullet: '-',
  bulletOther: '*',
  bulletOrdered: '.',
  closeAtx: false,
  emphasis: '_',
  fence: '`',
  fences: true,
  incrementListMarker: true,
  listItemIndent: 'one',
  quote: '"',
  resourceLink: false,
  rule: '-',
  ruleRepetition: 3,
  ruleSpaces: false,
  setext: false,
  strong: '*',
  tightDefinitions: true,
};

export const gfmOptions: GfmOptions = {
  tableCellPadding: true,
  tablePipeAlign: true,
};

const processor = unified().use(remarkGfm, gfmOptions).use(remarkStringify, stringifyOptions);

export function remarkMarkdown(tree: Root): string {
  return processor.stringify(tree);
}

/** The unsafe patterns remark escapes text with under these options (`state.unsafe`), without its compiled cache. */
export function remarkUnsafePatterns(): Unsafe[] {
  let seen: Unsafe[] = [];
  unified()
    .use(remarkGfm, gfmOptions)
    .use(remarkStringify, {
      ...stringifyOptions,
      handlers: {
        text: (node, _parent, state) => {
          seen = state.unsafe;
          return node.value;
        },
      },
    })
    .stringify({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'x' }] }] });
  return seen.map(({ _compiled, ...pattern }) => pattern);
}
