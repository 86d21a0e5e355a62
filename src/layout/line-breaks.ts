/**
 * The least of a line's text its producer could have set at the end of the line before: the
 * first word, or only its part up to and including a hyphen or dash, after which word
 * processors and browsers also break ("ICT-|systemen", "–|uitvoering").
 */
export function firstPiece(text: string): string {
  const word = text.trimStart().split(/\s/)[0] ?? '';
  return word.match(/^[^-–]*[-–](?=.)/)?.[0] ?? word;
}
