/**
 * Character classes as CommonMark's attention rules see them, on UTF-16 code units as
 * remark-stringify passes them (a lone surrogate counts as a letter, as there).
 */
export const enum CharacterKind {
  Letter = 0,
  Whitespace = 1,
  Punctuation = 2,
}

const asciiKinds = Array.from({ length: 128 }, (_, code) => kindOf(code));

function kindOf(code: number): CharacterKind {
  if (Number.isNaN(code)) return CharacterKind.Letter;
  const character = String.fromCharCode(code);
  if (/\s/.test(character)) return CharacterKind.Whitespace;
  if (/\p{P}|\p{S}/u.test(character)) return CharacterKind.Punctuation;
  return CharacterKind.Letter;
}

/** The kind of a code unit; `NaN` (past either end of a string) is a letter, as in remark. */
export function characterKind(code: number): CharacterKind {
  return code < 128 ? asciiKinds[code]! : kindOf(code);
}

export function isAsciiPunctuation(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
}

/** The first code point of a string, or ''. */
export function firstCharacter(value: string): string {
  const code = value.codePointAt(0);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** The last code point of a string, or ''. */
export function lastCharacter(value: string): string {
  const code = value.codePointAt(value.length - 2);
  return code !== undefined && code > 0xffff ? value.slice(-2) : value.slice(-1);
}

/** A hexadecimal character reference, as remark writes one (`&#x20;`). */
export function characterReference(code: number): string {
  return `&#x${code.toString(16).toUpperCase()};`;
}
