/** Colour at a terminal, never in a pipe or a file, and never when NO_COLOR is set (no-color.org). */
export function colorFor(stream: NodeJS.WriteStream): boolean {
  const noColor = process.env.NO_COLOR;
  return stream.isTTY === true && (noColor === undefined || noColor === '');
}
