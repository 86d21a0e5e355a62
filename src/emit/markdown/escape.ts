import { CharacterKind, characterKind, characterReference, isAsciiPunctuation } from './character-kind.js';
import type { ConstructStack } from './construct-stack.js';
import { matchAt, NEIGHBOURS, neighbourSlot, PATTERN_COUNT } from './unsafe-matcher.js';

const BACKSLASH = 92;
const UNDERSCORE = 95;

/** Where unsafe patterns matched, and whether every match there looked before / after the character. */
interface Matches {
  readonly positions: number[];
  readonly looksBefore: Map<number, boolean>;
  readonly looksAfter: Map<number, boolean>;
}

function findMatches(value: string, stack: ConstructStack): Matches | null {
  const { byCode, afterMasks, beforeMasks } = stack.matcher;
  let matches: Matches | null = null;
  let ends: Int32Array | null = null;
  let previous = Number.NaN;
  let code = value.charCodeAt(0);
  for (let position = 0; position < value.length; position++) {
    const next = value.charCodeAt(position + 1);
    if (code < 128) {
      const base = code * NEIGHBOURS;
      const candidates = afterMasks[base + neighbourSlot(next)]! & beforeMasks[base + neighbourSlot(previous)]!;
      if (candidates !== 0) {
        const patterns = byCode[code]!;
        for (let bit = 0; bit < patterns.length; bit++) {
          if ((candidates & (1 << bit)) === 0) continue;
          const pattern = patterns[bit]!;
          ends ??= new Int32Array(PATTERN_COUNT);
          const end = matchAt(pattern, value, position, ends[pattern.index]!);
          if (end < 0) continue;
          ends[pattern.index] = end;
          matches ??= { positions: [], looksBefore: new Map(), looksAfter: new Map() };
          const seen = matches.looksBefore.get(position);
          if (seen === undefined) {
            matches.positions.push(position);
            matches.looksBefore.set(position, pattern.looksBefore);
            matches.looksAfter.set(position, pattern.looksAfter);
          } else {
            // A character is escaped "only because of its neighbour" when every pattern that hit it says so.
            matches.looksBefore.set(position, seen && pattern.looksBefore);
            matches.looksAfter.set(position, matches.looksAfter.get(position)! && pattern.looksAfter);
          }
        }
      }
    }
    previous = code;
    code = next;
  }
  return matches;
}

/** What a first look at a text found: nothing to escape, only backslashes to check, or a character a pattern may match. */
const enum Scan {
  Plain,
  Backslashes,
  Candidates,
}

/**
 * One pass over `input`, its neighbours at the edges read from `before` and `after` without
 * joining the three (a joined string is slower to scan): whether any character may match a
 * pattern by the neighbour masks, else whether it holds a backslash. Most texts are plain.
 * Only a matched character of the input is escaped, and a match inside `before` or `after`
 * counts only next to one, so the contexts' own characters need no look here.
 */
function scan(input: string, before: string, after: string, stack: ConstructStack): Scan {
  const { afterMasks, beforeMasks } = stack.matcher;
  const last = input.length - 1;
  const afterEdge = after.length > 0 ? after.charCodeAt(0) : Number.NaN;
  let backslash = false;
  let previous = neighbourSlot(before.length > 0 ? before.charCodeAt(before.length - 1) : Number.NaN);
  let code = input.charCodeAt(0);
  for (let index = 0; index <= last; index++) {
    const next = index < last ? input.charCodeAt(index + 1) : afterEdge;
    const nextSlot = next < 128 ? next : neighbourSlot(next);
    if (code < 128) {
      if ((afterMasks[code * NEIGHBOURS + nextSlot]! & beforeMasks[code * NEIGHBOURS + previous]!) !== 0) return Scan.Candidates;
      if (code === BACKSLASH) backslash = true;
      previous = code;
    } else previous = 128;
    code = next;
  }
  return backslash ? Scan.Backslashes : Scan.Plain;
}

/** A backslash before ASCII punctuation (in `value`, or in `following` right after it) would escape it: doubled. */
function escapeBackslashes(value: string, following: string): string {
  if (!value.includes('\\')) return value;
  let result = '';
  let start = 0;
  for (let index = value.indexOf('\\'); index !== -1; index = value.indexOf('\\', index + 1)) {
    const next = index + 1 < value.length ? value.charCodeAt(index + 1) : following.charCodeAt(0);
    if (!isAsciiPunctuation(next)) continue;
    result += `${value.slice(start, index)}\\`;
    start = index;
  }
  return result + value.slice(start);
}

/** `a_b`: an underscore run between letters cannot form attention, so it is left as it is. */
function intrawordUnderscores(value: string, position: number, offset: number, end: number, matches: Matches, index: number): number {
  const { positions, looksBefore } = matches;
  if (position === 0 || characterKind(value.charCodeAt(position - 1)) !== CharacterKind.Letter || looksBefore.has(position - 1)) return 0;
  // A letter right after the opening marker of attention may still become a character reference.
  if (position - 1 === offset && /[*_]/.test(value.charAt(offset - 1))) return 0;
  let sequenceEnd = position + 1;
  while (sequenceEnd < end && value.charCodeAt(sequenceEnd) === UNDERSCORE) sequenceEnd++;
  const skip = sequenceEnd - position - 1;
  if (
    positions[index + skip] === sequenceEnd - 1 &&
    sequenceEnd < value.length &&
    characterKind(value.charCodeAt(sequenceEnd)) === CharacterKind.Letter &&
    !looksBefore.has(sequenceEnd) &&
    !(sequenceEnd === end - 1 && /[*_]/.test(value.charAt(end)))
  )
    return skip + 1;
  return 0;
}

/**
 * Text made safe to write between `before` and `after` inside `stack`, as remark-stringify's
 * `safe` does: each character an unsafe pattern hits is escaped with a backslash if it is
 * ASCII punctuation, else written as a character reference; a character hit only because of
 * a neighbour that is itself escaped for its own sake is left alone; backslashes that would
 * escape what follows are doubled.
 */
export function escapeText(input: string, before: string, after: string, stack: ConstructStack): string {
  const found = scan(input, before, after, stack);
  if (found === Scan.Plain) return input;
  if (found === Scan.Backslashes) return escapeBackslashes(input, after);
  const value = before + input + after;
  const offset = before.length;
  const end = value.length - after.length;
  const matches = findMatches(value, stack);
  if (!matches) return escapeBackslashes(input, after);
  const { positions, looksBefore, looksAfter } = matches;
  let result = '';
  let start = offset;
  for (let index = 0; index < positions.length; index++) {
    const position = positions[index]!;
    if (position < start || position >= end) continue;
    if (value.charCodeAt(position) === UNDERSCORE) {
      const skipped = intrawordUnderscores(value, position, offset, end, matches, index);
      if (skipped > 0) {
        index += skipped - 1;
        continue;
      }
    }
    const nextEscaped = position + 1 < end && positions[index + 1] === position + 1 && !looksBefore.get(position + 1) && !looksAfter.get(position + 1);
    const previousEscaped = position - 1 >= offset && positions[index - 1] === position - 1 && !looksBefore.get(position - 1) && !looksAfter.get(position - 1);
    if ((nextEscaped && looksAfter.get(position)) || (previousEscaped && looksBefore.get(position))) continue;
    if (start !== position) result += escapeBackslashes(value.slice(start, position), '\\');
    start = position + 1;
    const code = value.charCodeAt(position);
    result += isAsciiPunctuation(code) ? `\\${value.charAt(position)}` : characterReference(code);
  }
  return result + escapeBackslashes(value.slice(start, end), after);
}
