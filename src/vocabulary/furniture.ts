/** "3", "Pagina 3 van 9", "- 3 -", "page 3 of 9", "3 / 9": a page number line. */
export const PAGE_NUMBER = /^(?:[-–]\s*)?(?:(?:pagina|page|blz\.?|p\.)\s*)?\d+(?:\s*(?:van|of|\/|de)\s*\d+)?(?:\s*[-–])?$/i;
/** The VNG copyright sentence printed at the foot of HR21 pages. */
const COPYRIGHT = /niets\s+van\s+deze\s+uitgave|(?:©|\(c\)|copyright|auteursrecht).*\bvng\b|\bvng\b.*(?:©|copyright|verveelvoudigd)/i;

/** Every form of the sentence holds one of these words: most lines hold neither, and one scan for them is cheaper than the whole expression's. */
const COPYRIGHT_WORDS = /vng|niets/i;

export function isCopyright(text: string): boolean {
  return COPYRIGHT_WORDS.test(text) && COPYRIGHT.test(text);
}
