/**
 * Where a character written as plain text would start Markdown syntax, as data: the same
 * list, in the same order and form, as remark-stringify (mdast-util-to-markdown 2.2.3 and
 * remark-gfm 4.0.1) builds in `state.unsafe`, so that our escaping gives its bytes. A test
 * compares this list with remark's, so a drift after an upgrade shows.
 *
 * A pattern matches its `character` when the text before it matches `before` (after a line
 * ending and spaces if `atBreak`), the text after it matches `after`, and the constructs being
 * written include one of `inConstruct` and none of `notInConstruct`. `before` and `after` are
 * regular-expression sources.
 */
export interface UnsafePattern {
  readonly character: string;
  readonly atBreak?: true;
  readonly before?: string;
  readonly after?: string;
  readonly inConstruct?: string | readonly string[];
  readonly notInConstruct?: readonly string[];
}

const codeFencedLang = ['codeFencedLangGraveAccent', 'codeFencedLangTilde'];
const lineEndingUnsafeIn = [...codeFencedLang, 'codeFencedMetaGraveAccent', 'codeFencedMetaTilde', 'destinationLiteral', 'headingAtx'];
/** Spans inside phrasing that cannot hold attention, links or images. */
const fullPhrasingSpans = ['autolink', 'destinationLiteral', 'destinationRaw', 'reference', 'titleQuote', 'titleApostrophe'];
const inPhrasing = { inConstruct: 'phrasing', notInConstruct: fullPhrasingSpans } as const;
const autolinkLiteral = { inConstruct: 'phrasing', notInConstruct: ['autolink', 'link', 'image', 'label'] } as const;

/** CommonMark's patterns (mdast-util-to-markdown's own list). */
const commonMark: UnsafePattern[] = [
  // Spaces and tabs next to a line ending would be dropped.
  { character: '\t', after: '[\\r\\n]', inConstruct: 'phrasing' },
  { character: '\t', before: '[\\r\\n]', inConstruct: 'phrasing' },
  { character: '\t', inConstruct: codeFencedLang },
  { character: '\r', inConstruct: lineEndingUnsafeIn },
  { character: '\n', inConstruct: lineEndingUnsafeIn },
  // A blank line would end the paragraph.
  { character: '\r', before: '[\\r\\n]', inConstruct: 'phrasing' },
  { character: '\r', after: '\\r', inConstruct: 'phrasing' },
  { character: '\n', before: '\\n', inConstruct: 'phrasing' },
  { character: '\n', after: '[\\r\\n]', inConstruct: 'phrasing' },
  { character: ' ', after: '[\\r\\n]', inConstruct: 'phrasing' },
  { character: ' ', before: '[\\r\\n]', inConstruct: 'phrasing' },
  { character: ' ', inConstruct: codeFencedLang },
  // Image, title ends, headings, character references.
  { character: '!', after: '\\[', ...inPhrasing },
  { character: '"', inConstruct: 'titleQuote' },
  { atBreak: true, character: '#' },
  { character: '#', inConstruct: 'headingAtx', after: '(?:[\r\n]|$)' },
  { character: '&', after: '[#A-Za-z]', inConstruct: [...lineEndingUnsafeIn.slice(0, 5), 'destinationRaw', 'phrasing', 'titleApostrophe', 'titleQuote'] },
  { character: "'", inConstruct: 'titleApostrophe' },
  // Links, ordered list items.
  { character: '(', inConstruct: 'destinationRaw' },
  { before: '\\]', character: '(', ...inPhrasing },
  { atBreak: true, before: '\\d+', character: ')' },
  { character: ')', inConstruct: 'destinationRaw' },
  // Attention, bullets, thematic breaks, setext underlines.
  { atBreak: true, character: '*', after: '(?:[ \t\r\n*])' },
  { character: '*', ...inPhrasing },
  { atBreak: true, character: '+', after: '(?:[ \t\r\n])' },
  { atBreak: true, character: '-', after: '(?:[ \t\r\n-])' },
  { atBreak: true, before: '\\d+', character: '.', after: '(?:[ \t\r\n]|$)' },
  // HTML, autolinks, destinations.
  { atBreak: true, character: '<', after: '[!/?A-Za-z]' },
  { character: '<', after: '[!/?A-Za-z]', ...inPhrasing },
  { character: '<', inConstruct: 'destinationLiteral' },
  { atBreak: true, character: '=' },
  { atBreak: true, character: '>' },
  { character: '>', inConstruct: 'destinationLiteral' },
  // Labels, hard breaks, attention, code, fences.
  { atBreak: true, character: '[' },
  { character: '[', ...inPhrasing },
  { character: '[', inConstruct: ['label', 'reference'] },
  { character: '\\', after: '[\\r\\n]', inConstruct: 'phrasing' },
  { character: ']', inConstruct: ['label', 'reference'] },
  { atBreak: true, character: '_' },
  { character: '_', ...inPhrasing },
  { atBreak: true, character: '`' },
  { character: '`', inConstruct: ['codeFencedLangGraveAccent', 'codeFencedMetaGraveAccent'] },
  { character: '`', ...inPhrasing },
  { atBreak: true, character: '~' },
  // Inside an autolink: its delimiters, DEL and the control characters with space.
  { character: '<', inConstruct: 'autolink' },
  { character: '>', inConstruct: 'autolink' },
  { character: '\u007F', inConstruct: 'autolink' },
  ...Array.from({ length: 33 }, (_, code): UnsafePattern => ({ character: String.fromCharCode(code), inConstruct: 'autolink' })),
];

/** GFM's additions, in remark-gfm's order: autolink literals, footnotes, strikethrough, tables. */
const gfm: UnsafePattern[] = [
  { character: '@', before: '[+\\-.\\w]', after: '[\\-.\\w]', ...autolinkLiteral },
  { character: '.', before: '[Ww]', after: '[\\-.\\w]', ...autolinkLiteral },
  { character: ':', before: '[ps]', after: '\\/', ...autolinkLiteral },
  { character: '[', inConstruct: ['label', 'phrasing', 'reference'] },
  { character: '~', ...inPhrasing },
  { character: '\r', inConstruct: 'tableCell' },
  { character: '\n', inConstruct: 'tableCell' },
  { atBreak: true, character: '|', after: '[\t :-]' },
  { character: '|', inConstruct: 'tableCell' },
  { atBreak: true, character: ':', after: '-' },
  { atBreak: true, character: '-', after: '[:|-]' },
];

export const unsafePatterns: readonly UnsafePattern[] = [...commonMark, ...gfm];
