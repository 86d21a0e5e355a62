/**
 * The least of a line's text its producer could have set at the end of the line before: the
 * first word, or only its part up to and including a hyphen or dash, after which word
 * processors and browsers also break ("ICT-|systemen", "–|uitvoering").
 */
export function firstPiece(text: string): string {
  const word = text.trimStart().split(/\s/)[0] ?? '';
  return word.match(/^[^-–]*[-–](?=.)/)?.[0] ?? word;
}

/** Narrow and wide letters of proportional fonts, relative to an average one (1; capitals 1.3). */
const WIDTHS = new Map<string, number>([
  ...[...'ijlI.,:;\'’‘!|()[] '].map((char) => [char, 0.5] as const),
  ...[...'frt-–'].map((char) => [char, 0.7] as const),
  ...[...'mwMW'].map((char) => [char, 1.5] as const),
]);

/** The widths of the ASCII characters, looked up by code: nearly every character of a run. */
const ASCII_WIDTHS = Float64Array.from({ length: 0x80 }, (_, code) => WIDTHS.get(String.fromCharCode(code)) ?? (code >= 65 && code <= 90 ? 1.3 : 1));

function relativeWidth(text: string): number {
  let width = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      width += ASCII_WIDTHS[code] as number;
      continue;
    }
    // One character, as iterating the string gives them: a surrogate pair together.
    const next = text.charCodeAt(index + 1);
    const pair = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
    const char = pair ? text.slice(index, index + 2) : (text[index] as string);
    if (pair) index++;
    // Capitals beyond ASCII: whatever lower-cases to another letter.
    width += WIDTHS.get(char) ?? (char !== char.toLowerCase() ? 1.3 : 1);
  }
  return width;
}

/**
 * The share of `whole`'s width that its start `part` takes, when only the whole's width is known
 * (a run holding a phrase or a line): by characters weighted as proportional fonts set them, so
 * that a word beside narrow letters ("politiek-bestuurlijke") is not taken for narrower than it is.
 */
export function widthShare(part: string, whole: string): number {
  return Math.min(1, relativeWidth(part) / Math.max(1, relativeWidth(whole)));
}
