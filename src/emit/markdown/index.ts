/**
 * An mdast tree as Markdown: our own serializer, byte for byte what remark-stringify with
 * remark-gfm wrote with the options the tool used, at a small part of its cost.
 */
export { writeRoot as serializeMarkdown } from './flow.js';
