import { CharacterKind, characterKind, characterReference, firstCharacter, lastCharacter } from './character-kind.js';

/**
 * Emphasis, strong and strikethrough, whose markers are chosen only once everything around
 * them is written: remark-stringify (mdast-util-to-markdown 2.2.3) prefers one sequence per
 * kind, guesses another where it would touch a same-marker neighbour, pairs the runs the way
 * a CommonMark parser would and, where a sequence would not pair with its own other half,
 * tries the other sequences; letters or spaces next to a marker that stop it from opening or
 * closing are written as character references. Same rules, same bytes.
 */
export interface Attention {
  readonly children: readonly PhrasingItem[];
  /** Sequences to choose from, preferred first (`**` then `__`). */
  readonly sequences: readonly string[];
}

/** Written phrasing: text as it will appear, or attention whose sequence is not chosen yet. */
export type PhrasingItem = string | Attention;

interface Token {
  value: string;
  readonly attention: Attention | undefined;
}

interface Run {
  readonly tokens: Token[];
  /** One entry per marker character: the sequence it belongs to. */
  readonly markers: Token[];
  /** Markers before `start` were used to close, from `end` on to open. */
  start: number;
  end: number;
  readonly open: boolean;
  readonly close: boolean;
  /** Whether markers pair one or two at a time (`*`, `_`) rather than as whole runs (`~`). */
  readonly split: boolean;
}

interface Mistake {
  readonly attention: Attention[];
  readonly index: number;
}

type Choice = Map<Attention, string>;

/** Markers of CommonMark's own attention, by whether they are strict (cannot open or close inside a word). */
const BUILTIN_STRICT = new Map([
  ['*', false],
  ['_', true],
]);

const sequenceOf = (item: Attention, chosen: Choice): string => chosen.get(item) ?? item.sequences[0]!;

/** Whether a marker between these two sides should have a character reference inside / outside it to open or close. */
function referencesNeeded(outside: number, inside: number, marker: string): { inside: boolean; outside: boolean } {
  const outer = characterKind(outside);
  const inner = characterKind(inside);
  if (outer === CharacterKind.Letter) {
    if (inner === CharacterKind.Letter) return marker === '_' ? { inside: true, outside: true } : { inside: false, outside: false };
    return inner === CharacterKind.Whitespace ? { inside: true, outside: true } : { inside: false, outside: true };
  }
  if (outer === CharacterKind.Whitespace) return inner === CharacterKind.Whitespace ? { inside: true, outside: true } : { inside: false, outside: false };
  return { inside: inner === CharacterKind.Whitespace, outside: false };
}

/** Writes the first (or last) character of the first (or last) token as a character reference, if that token is text. */
function encodeEdge(tokens: Token[], first: boolean): void {
  const token = tokens[first ? 0 : tokens.length - 1];
  if (!token || token.attention) return;
  const character = first ? firstCharacter(token.value) : lastCharacter(token.value);
  const reference = characterReference(character.codePointAt(0)!);
  if (first) {
    token.value = reference + token.value.slice(character.length);
    return;
  }
  let value = token.value.slice(0, token.value.length - character.length);
  let backslashes = 0;
  while (value.charCodeAt(value.length - 1 - backslashes) === 92) backslashes++;
  // An odd run of backslashes would escape the `&`.
  if (backslashes % 2 === 1) value += '\\';
  token.value = value + reference;
}

function render(items: readonly PhrasingItem[], chosen: Choice, before: string, after: string): Token[] {
  const tokens: Token[] = [];
  let encodeNext: string | undefined;
  let previous = lastCharacter(before);
  items.forEach((item, index) => {
    if (typeof item === 'string') {
      const token: Token = { value: item, attention: undefined };
      if (encodeNext && encodeNext === firstCharacter(item)) encodeEdge([token], true);
      encodeNext = undefined;
      tokens.push(token);
      if (token.value) previous = lastCharacter(token.value);
      return;
    }
    const sequence = sequenceOf(item, chosen);
    const marker = sequence.charAt(0);
    const next = items[index + 1];
    const outsideBefore = previous;
    const outsideAfter = firstCharacter(next === undefined ? after : typeof next === 'string' ? next : sequenceOf(next, chosen));
    const inside = render(item.children, chosen, sequence, sequence);
    const opening = referencesNeeded(outsideBefore.charCodeAt(outsideBefore.length - 1), inside[0]!.value.charCodeAt(0), marker);
    if (opening.inside) encodeEdge(inside, true);
    const tail = lastCharacter(inside[inside.length - 1]!.value);
    const closing = referencesNeeded(outsideAfter.charCodeAt(0), tail.charCodeAt(tail.length - 1), marker);
    if (closing.inside) encodeEdge(inside, false);
    if (opening.outside && outsideBefore !== '\n' && outsideBefore !== '\r') encodeEdge(tokens, false);
    if (closing.outside) encodeNext = outsideAfter;
    tokens.push({ value: sequence, attention: item }, ...inside, { value: sequence, attention: item });
    previous = sequence.charAt(sequence.length - 1);
  });
  return tokens;
}

/** Pairs runs as a CommonMark parser would; a sequence that pairs with exactly its own other half is taken off `wrong`. */
function pairRuns(runs: readonly Run[], wrong: Map<Token, Token[]>): void {
  const openersByMarker = new Map<string, Run[]>();
  for (const closer of runs) {
    const marker = closer.tokens[0]!.value.charAt(0);
    let openers = openersByMarker.get(marker);
    if (!openers) openersByMarker.set(marker, (openers = []));
    let open = closer.close ? openers.length : 0;
    while (open-- > 0 && closer.start < closer.end) {
      const opener = openers[open]!;
      const openerSize = opener.end - opener.start;
      const closerSize = closer.end - closer.start;
      const cannotPair = closer.split
        ? (opener.close || closer.open) && closerSize % 3 !== 0 && (openerSize + closerSize) % 3 === 0
        : openerSize !== opener.markers.length || openerSize !== closerSize;
      if (cannotPair) continue;
      const size = closer.split ? (openerSize > 1 && closerSize > 1 ? 2 : 1) : closerSize;
      const opening = opener.markers.slice(opener.end - size, opener.end);
      const closing = closer.markers.slice(closer.start, closer.start + size);
      const openToken = opening[0]!;
      const closeToken = closing[0]!;
      const ownHalves =
        openToken === opening[size - 1] &&
        openToken.value.length === size &&
        closeToken === closing[size - 1] &&
        closeToken.value.length === size &&
        openToken.attention === closeToken.attention;
      if (ownHalves) {
        wrong.delete(openToken);
        wrong.delete(closeToken);
      } else {
        const involved = [...new Set([...opening, ...closing])];
        for (const token of involved) wrong.get(token)?.push(...involved);
      }
      opener.end -= size;
      closer.start += size;
      if (opener.start === opener.end) openers.splice(open, 1);
      // This run may close more: search the openers again from the innermost.
      open = openers.length;
    }
    if (closer.open && closer.start < closer.end) openers.push(closer);
  }
}

/** Attention to try other sequences for, later first: the attention involved and that in runs with its sequences. */
function candidates(tokens: readonly Token[], involved: readonly Token[], runOf: Map<Token, Run>): Attention[] {
  const related = new Set<Attention | undefined>();
  for (const token of tokens) {
    const run = runOf.get(token);
    if (run && token.attention && involved.some((other) => other.attention === token.attention)) for (const sibling of run.tokens) related.add(sibling.attention);
  }
  const ordered: Attention[] = [];
  for (const token of tokens) if (token.attention && related.delete(token.attention)) ordered.push(token.attention);
  return ordered.reverse();
}

/** The first sequence that does not form its own attention, if any. */
function firstMistake(tokens: readonly Token[], before: string, after: string): Mistake | undefined {
  const runs: Run[] = [];
  const wrong = new Map<Token, Token[]>();
  const runOf = new Map<Token, Run>();
  let index = 0;
  while (index < tokens.length) {
    if (!tokens[index]!.attention) {
      index++;
      continue;
    }
    const marker = tokens[index]!.value.charAt(0);
    const strict = BUILTIN_STRICT.get(marker);
    let end = index + 1;
    while (end < tokens.length && tokens[end]!.attention && tokens[end]!.value.charAt(0) === marker) end++;
    const head = index > 0 ? tokens[index - 1]!.value : before;
    const previous = characterKind(head.charCodeAt(head.length - 1));
    const next = characterKind((end < tokens.length ? tokens[end]!.value : after).charCodeAt(0));
    const open = next === CharacterKind.Letter || (next === CharacterKind.Punctuation && previous !== CharacterKind.Letter);
    const close = previous === CharacterKind.Letter || (previous === CharacterKind.Punctuation && next !== CharacterKind.Letter);
    const run: Run = {
      tokens: tokens.slice(index, end),
      markers: [],
      start: 0,
      end: 0,
      open: strict ? open && (previous !== CharacterKind.Letter || !close) : open,
      close: strict ? close && (next !== CharacterKind.Letter || !open) : close,
      split: strict !== undefined,
    };
    for (const token of run.tokens) {
      wrong.set(token, [...run.tokens]);
      runOf.set(token, run);
      for (let size = token.value.length; size > 0; size--) run.markers.push(token);
    }
    run.end = run.markers.length;
    runs.push(run);
    index = end;
  }
  pairRuns(runs, wrong);
  for (let position = 0; position < tokens.length; position++) {
    const involved = wrong.get(tokens[position]!);
    if (involved) return { attention: candidates(tokens, involved, runOf), index: position };
  }
  return undefined;
}

/** Tries other sequences for the candidates of a mistake; the first that moves the mistake later (or away) wins. */
function improve(items: readonly PhrasingItem[], chosen: Choice, mistake: Mistake, before: string, after: string) {
  for (const attention of mistake.attention) {
    const current = sequenceOf(attention, chosen);
    for (const sequence of attention.sequences) {
      if (sequence === current) continue;
      const trial = new Map(chosen).set(attention, sequence);
      const tokens = render(items, trial, before, after);
      const next = firstMistake(tokens, before, after);
      if (!next || next.index > mistake.index) return { chosen: trial, mistake: next, tokens };
    }
  }
  return undefined;
}

function fixMistakes(items: readonly PhrasingItem[], chosen: Choice, before: string, after: string): Token[] | undefined {
  let tokens = render(items, chosen, before, after);
  let mistake = firstMistake(tokens, before, after);
  while (mistake) {
    const next = improve(items, chosen, mistake, before, after);
    if (!next) return undefined;
    ({ chosen, tokens, mistake } = next);
  }
  return tokens;
}

/** First guesses: another marker where the preferred one would touch a neighbour's or the parent's. */
function guess(items: readonly PhrasingItem[], chosen: Choice, before: string, after: string): void {
  let previous = before;
  items.forEach((item, index) => {
    if (typeof item === 'string') {
      previous = '';
      return;
    }
    const next = index === items.length - 1 ? after : '';
    const sequence =
      item.sequences.find((value) => {
        const marker = value.charAt(0);
        return (marker !== previous.charAt(0) && marker !== next.charAt(0)) || (items.length === 1 && BUILTIN_STRICT.has(marker) && value.length > before.length);
      }) ?? item.sequences[0]!;
    if (sequence !== item.sequences[0]) chosen.set(item, sequence);
    guess(item.children, chosen, sequence, sequence);
    previous = sequence;
  });
}

/** Phrasing written out, attention with its sequences chosen, between `before` and `after`. */
export function joinPhrasing(items: readonly PhrasingItem[], before: string, after: string): string {
  if (items.every((item) => typeof item === 'string')) return items.join('');
  const guessed: Choice = new Map();
  guess(items, guessed, before, after);
  const tokens = (guessed.size > 0 ? fixMistakes(items, guessed, before, after) : undefined) ?? fixMistakes(items, new Map(), before, after) ?? render(items, new Map(), before, after);
  return tokens.map((token) => token.value).join('');
}
