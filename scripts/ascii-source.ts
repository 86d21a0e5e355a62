import ts from 'typescript';

/** Where the source's regular-expression literals are: [start, end) offsets. */
function regexLiterals(source: string): [number, number][] {
  const file = ts.createSourceFile('bundle.js', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const ranges: [number, number][] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) ranges.push([node.getStart(file), node.end]);
    else ts.forEachChild(node, visit);
  };
  visit(file);
  return ranges;
}

/**
 * A bundle's source with every character beyond ASCII written as a `\uXXXX` escape. V8 keeps a
 * source with even one such character as a two-byte string: a parsing thread spent 35–50 ms
 * decoding the 3 MB bundle from UTF-8 before compiling it from its cache, against under 1 ms
 * for ASCII. esbuild escapes string and template literals itself and leaves regular-expression
 * literals as written (ours hold bullets, dashes and quotes); in those the escape means the same
 * character, with or without the `u` flag (a surrogate pair stays a pair). Anything else beyond
 * ASCII (raw template text, a comment) or after a backslash is refused rather than guessed at.
 */
export function asciiSource(source: string): string {
  if (!/[^\0-\x7f]/.test(source)) return source;
  const ranges = regexLiterals(source);
  let range = 0;
  let out = '';
  let last = 0;
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index);
    if (code < 0x80) continue;
    while (range < ranges.length && (ranges[range] as [number, number])[1] <= index) range++;
    const [start = Infinity] = ranges[range] ?? [];
    const where = `"${source[index]}" at offset ${index} (…${source.slice(Math.max(0, index - 40), index + 10)}…)`;
    if (index < start) throw new Error(`cannot write the bundle as ASCII: ${where} is outside a regular-expression literal`);
    if (source.charCodeAt(index - 1) === 0x5c) throw new Error(`cannot write the bundle as ASCII: ${where} follows a backslash`);
    out += `${source.slice(last, index)}\\u${code.toString(16).padStart(4, '0')}`;
    last = index + 1;
  }
  return out + source.slice(last);
}
