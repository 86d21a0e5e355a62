const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

/**
 * The spec's character rules: ligatures spelled out, no-break spaces become spaces,
 * soft hyphens and zero-width characters go. Deliberately not NFKC, which would turn ´ into
 * a space and a combining accent.
 */
/** Any character the rules change: most runs hold none, and one test is cheaper than three replacements. */
const CHANGED_BY_RULES = /[\uFB00-\uFB06\u00A0\u2007\u202F\u2000-\u200A\u3000\t\r\n\u00AD\u200B-\u200D\u2060\uFEFF]/;

export function normalizeText(text: string): string {
  if (!CHANGED_BY_RULES.test(text)) return text;
  return text
    .replace(/[\uFB00-\uFB06]/g, (ligature) => LIGATURES[ligature] ?? ligature)
    .replace(/[\u00A0\u2007\u202F\u2000-\u200A\u3000\t\r\n]/g, ' ')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '');
}

/** Whitespace that collapsing would change: anything but a single space between words. */
const UNCOLLAPSED = /[^\S ]| {2}|^ | $/;

export function collapseWhitespace(text: string): string {
  // Most runs are collapsed already: testing is much cheaper than rebuilding the string.
  return UNCOLLAPSED.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}
