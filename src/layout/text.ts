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

/** JavaScript's `\s`: the characters `replace(/\s+/g, …)` and `split(/\s/)` take for space. */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Whether collapsing would leave the text as it is: single spaces between words and no other white space. */
function isCollapsed(text: string): boolean {
  const last = text.length - 1;
  if (last < 0) return true;
  if (text.charCodeAt(0) === 0x20 || text.charCodeAt(last) === 0x20) return false;
  let afterSpace = false;
  for (let index = 1; index < last; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x20) {
      if (afterSpace) return false;
      afterSpace = true;
    } else {
      afterSpace = false;
      if ((code < 0x20 || code >= 0xa0) && isWhiteSpace(code)) return false;
    }
  }
  return !isWhiteSpace(text.charCodeAt(0)) && !isWhiteSpace(text.charCodeAt(last));
}

export function collapseWhitespace(text: string): string {
  // Most runs are collapsed already: a scan is much cheaper than rebuilding the string.
  return isCollapsed(text) ? text : text.replace(/\s+/g, ' ').trim();
}
