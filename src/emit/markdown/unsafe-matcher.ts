import { unsafePatterns, type UnsafePattern } from './unsafe-patterns.js';

/**
 * The unsafe patterns that apply while writing inside a given stack of constructs, made into
 * checks at one position. remark runs each pattern as a global regular expression over the
 * text; every pattern's `before` is one character class (`+` allowed) and its `after` takes at
 * most one character, so a match can be decided by looking one class back (or back to the
 * line ending for `atBreak`) and one character ahead. What a match consumes is kept per
 * pattern (`end`), as the regular expression's `lastIndex` would, since a consumed character
 * cannot start the next match of the same pattern.
 */
export interface CompiledPattern {
  readonly index: number;
  readonly atBreak: boolean;
  /** The class before the character, tested on one code unit; null when none. */
  readonly before: ((code: number) => boolean) | null;
  /** Whether `before` may repeat (`\d+`). */
  readonly beforeRepeats: boolean;
  /** Length of the text `after` consumes given the next code unit (`NaN` past the end), or -1 if it does not match. */
  readonly after: ((next: number) => number) | null;
  /** Whether the pattern looks at the text before or after the character (remark's `before`/`after` flags). */
  readonly looksBefore: boolean;
  readonly looksAfter: boolean;
}

export interface UnsafeMatcher {
  /** Per ASCII code, the patterns for that character (empty for most); every unsafe character is ASCII. */
  readonly byCode: readonly (readonly CompiledPattern[])[];
  /**
   * Per character code and the code unit after it (`NEIGHBOURS` slots per character), a bit
   * per pattern of `byCode` whose `after` accepts that neighbour; `beforeMasks` the same for
   * the code unit before it and `before` (or, for `atBreak`, a space, tab or line ending).
   * A position is looked at closer only where both masks share a bit, which in prose is
   * almost never: the scan costs two table reads per character.
   */
  readonly afterMasks: Uint8Array;
  readonly beforeMasks: Uint8Array;
}

/** Neighbour slots: ASCII codes, then any other code unit (looked at closer), then none (the text's edge). */
export const NEIGHBOURS = 130;

/** The slot of a neighbouring code unit (`NaN` past the edge of the text). */
export function neighbourSlot(code: number): number {
  return code < 128 ? code : Number.isNaN(code) ? 129 : 128;
}

function escapedCharacter(pattern: UnsafePattern): string {
  return /[$()*+.?[\\\]^{|}]/.test(pattern.character) ? `\\${pattern.character}` : pattern.character;
}

/** A pattern as the regular expression remark compiles it to, without the capture of what precedes. */
export function patternSource(pattern: UnsafePattern): string {
  return `${pattern.atBreak ? '[\\r\\n][\\t ]*' : ''}${pattern.before ? `(?:${pattern.before})` : ''}${escapedCharacter(pattern)}${pattern.after ? `(?:${pattern.after})` : ''}`;
}

function inScope(stack: readonly string[], list: string | readonly string[] | undefined, none: boolean): boolean {
  if (list === undefined || list.length === 0) return none;
  return typeof list === 'string' ? stack.includes(list) : list.some((construct) => stack.includes(construct));
}

function oneCodeUnitTest(source: string): (code: number) => boolean {
  const expression = new RegExp(`^(?:${source})$`);
  const ascii = Uint8Array.from({ length: 128 }, (_, code) => Number(expression.test(String.fromCharCode(code))));
  // `NaN`: no character there (before the text's start), which no class matches.
  return (code) => (code < 128 ? ascii[code] === 1 : !Number.isNaN(code) && expression.test(String.fromCharCode(code)));
}

function consumedAfter(source: string): (next: number) => number {
  const expression = new RegExp(`^(?:${source})`);
  const length = (next: string) => expression.exec(next)?.[0].length ?? -1;
  const ascii = Int8Array.from({ length: 128 }, (_, code) => length(String.fromCharCode(code)));
  const atEnd = length('');
  return (next) => (next < 128 ? ascii[next]! : Number.isNaN(next) ? atEnd : length(String.fromCharCode(next)));
}

const SINGLE_CLASS = /^(?:\[(?:\\.|[^\]\\])+\]|\\.|[^\\[\]()|*+?{}^$.])$/;

function compile(pattern: UnsafePattern, index: number): CompiledPattern {
  const before = pattern.before?.endsWith('+') ? pattern.before.slice(0, -1) : pattern.before;
  // The position checks below hold only for these shapes; a new pattern of another shape must fail loudly.
  if (before !== undefined && !SINGLE_CLASS.test(before)) throw new Error(`unsafe pattern ${index}: unsupported before ${pattern.before}`);
  if (pattern.after !== undefined && !/^(?:\(\?:)?(?:\[(?:\\.|[^\]\\])+\]|\\.|[^\\[\]()|*+?{}^$.])(?:\|\$)?\)?$/.test(pattern.after))
    throw new Error(`unsafe pattern ${index}: unsupported after ${pattern.after}`);
  if (pattern.character.length !== 1 || pattern.character.charCodeAt(0) >= 128) throw new Error(`unsafe pattern ${index}: not one ASCII character`);
  const beforeTest = before === undefined ? null : oneCodeUnitTest(before);
  if (pattern.atBreak && beforeTest && [9, 10, 13, 32].some(beforeTest)) throw new Error(`unsafe pattern ${index}: before overlaps the line start`);
  return {
    index,
    atBreak: pattern.atBreak === true,
    before: beforeTest,
    beforeRepeats: pattern.before?.endsWith('+') ?? false,
    after: pattern.after === undefined ? null : consumedAfter(pattern.after),
    looksBefore: pattern.before !== undefined || pattern.atBreak === true,
    looksAfter: pattern.after !== undefined,
  };
}

const compiled = unsafePatterns.map(compile);
/** Patterns are numbered by their place in the list, for per-call state such as what each consumed. */
export const PATTERN_COUNT = compiled.length;

function neighbourMasks(byCode: readonly (readonly CompiledPattern[])[], accepts: (pattern: CompiledPattern, code: number) => boolean): Uint8Array {
  const masks = new Uint8Array(128 * NEIGHBOURS);
  byCode.forEach((patterns, code) =>
    patterns.forEach((pattern, bit) => {
      for (let slot = 0; slot < NEIGHBOURS; slot++) {
        // Any code unit beyond ASCII: looked at closer, never ruled out here.
        if (slot === 128 || accepts(pattern, slot === 129 ? Number.NaN : slot)) masks[code * NEIGHBOURS + slot]! |= 1 << bit;
      }
    }),
  );
  return masks;
}

/** The patterns in scope for a stack of constructs (remark's `inConstruct` / `notInConstruct`). */
export function matcherFor(stack: readonly string[]): UnsafeMatcher {
  const byCode: CompiledPattern[][] = Array.from({ length: 128 }, () => []);
  unsafePatterns.forEach((pattern, index) => {
    if (inScope(stack, pattern.inConstruct, true) && !inScope(stack, pattern.notInConstruct, false)) byCode[pattern.character.charCodeAt(0)]!.push(compiled[index]!);
  });
  if (byCode.some((patterns) => patterns.length > 8)) throw new Error('unsafe patterns: more than 8 for one character');
  return {
    byCode,
    afterMasks: neighbourMasks(byCode, (pattern, next) => !pattern.after || pattern.after(next) >= 0),
    beforeMasks: neighbourMasks(byCode, (pattern, previous) => {
      if (pattern.atBreak) return previous === 32 || previous === 9 || previous === 10 || previous === 13 || (pattern.before !== null && pattern.before(previous));
      return !pattern.before || pattern.before(previous);
    }),
  };
}

/**
 * Whether `pattern` matches its character at `position` of `value`, no part of the match
 * before `from` (what an earlier match of the same pattern consumed). Returns the index after
 * the match, or -1.
 */
export function matchAt(pattern: CompiledPattern, value: string, position: number, from: number): number {
  let start = position;
  if (pattern.before) {
    start--;
    if (start < 0 || !pattern.before(value.charCodeAt(start))) return -1;
    if (pattern.atBreak && pattern.beforeRepeats) while (start > 0 && pattern.before(value.charCodeAt(start - 1))) start--;
  }
  if (pattern.atBreak) {
    start--;
    while (start >= 0 && (value.charCodeAt(start) === 32 || value.charCodeAt(start) === 9)) start--;
    if (start < 0) return -1;
    const code = value.charCodeAt(start);
    if (code !== 10 && code !== 13) return -1;
  }
  if (start < from) return -1;
  if (!pattern.after) return position + 1;
  const consumed = pattern.after(value.charCodeAt(position + 1));
  return consumed < 0 ? -1 : position + 1 + consumed;
}
