/**
 * The least of a line's text its producer could have set at the end of the line before: the
 * first word, or only its part up to and including a hyphen or dash, after which word
 * processors and browsers also break ("ICT-|systemen", "–|uitvoering").
 */
export function firstPiece(text: string): string {
  const word = text.trimStart().split(/\s/)[0] ?? '';
  return word.match(/^[^-–]*[-–](?=.)/)?.[0] ?? word;
}

/** Narrow and wide letters of proportional fonts, relative to an average one. */
const NARROW = /[ijlI.,:;'’‘!|()[\] ]/u;
const SEMI_NARROW = /[frt\-–]/u;
const WIDE = /[mwMW]/u;

function relativeWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    if (NARROW.test(char)) width += 0.5;
    else if (SEMI_NARROW.test(char)) width += 0.7;
    else if (WIDE.test(char)) width += 1.5;
    else if (char !== char.toLowerCase()) width += 1.3;
    else width += 1;
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
