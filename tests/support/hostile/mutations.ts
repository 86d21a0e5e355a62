import { fromLatin1, toLatin1 } from './bytes.js';
import { mulberry32, type Random } from './prng.js';

export const mutationNames = ['byteFlips', 'truncate', 'duplicateObject', 'deleteObject', 'zeroStream'] as const;

/** Which kind of damage a mutant carries, so a fuzz report can count outcomes per kind. */
export type MutationName = (typeof mutationNames)[number];

export interface Mutant {
  mutationName: MutationName;
  bytes: Uint8Array;
}

interface Span {
  start: number;
  end: number;
}

const MAX_FLIPS = 16;

/** Where `group` of each match of `pattern` (which needs the `d` flag for indices) lies. */
function spans(text: string, pattern: RegExp, group = 0): Span[] {
  const found: Span[] = [];
  for (const match of text.matchAll(pattern)) {
    const range = match.indices?.[group];
    if (range) found.push({ start: range[0], end: range[1] });
  }
  return found;
}

function pick<T>(items: readonly T[], random: Random): T | undefined {
  return items[random.int(items.length)];
}

const INDIRECT_OBJECT = /\d+\s+\d+\s+obj\b[\s\S]*?\bendobj\b/dg;
// Group 2 is the stream data between the EOL after `stream` and `endstream`.
const STREAM_DATA = /\bstream(\r\n|\n)([\s\S]*?)endstream/dg;

function byteFlips(bytes: Uint8Array, random: Random): Uint8Array {
  const copy = bytes.slice();
  if (copy.length === 0) return copy;
  const count = 1 + random.int(MAX_FLIPS);
  // XOR with a non-zero value, so every chosen byte really changes.
  for (let i = 0; i < count; i++) {
    const at = random.int(copy.length);
    copy[at] = (copy[at] ?? 0) ^ (1 + random.int(255));
  }
  return copy;
}

function truncate(bytes: Uint8Array, random: Random): Uint8Array {
  return bytes.slice(0, random.int(bytes.length));
}

/** A copy of one object right after it: two definitions of `N G obj`, and stale xref offsets. */
function duplicateObject(text: string, random: Random): Uint8Array | undefined {
  const object = pick(spans(text, INDIRECT_OBJECT), random);
  if (!object) return undefined;
  return fromLatin1(text.slice(0, object.end) + '\n' + text.slice(object.start, object.end) + text.slice(object.end));
}

/** One object cut out: a dangling reference somewhere, and stale xref offsets after it. */
function deleteObject(text: string, random: Random): Uint8Array | undefined {
  const object = pick(spans(text, INDIRECT_OBJECT), random);
  if (!object) return undefined;
  return fromLatin1(text.slice(0, object.start) + text.slice(object.end));
}

/**
 * One stream's data set to zeros, same length: the structure is intact but the data is not valid
 * for its filter, a failure readers tend to swallow (pdf.js shows the page without that content).
 */
function zeroStream(bytes: Uint8Array, text: string, random: Random): Uint8Array | undefined {
  // An empty stream would come back unchanged: only streams with data are worth zeroing.
  const stream = pick(spans(text, STREAM_DATA, 2).filter(({ start, end }) => end > start), random);
  if (!stream) return undefined;
  const copy = bytes.slice();
  copy.fill(0, stream.start, stream.end);
  return copy;
}

function apply(name: MutationName, bytes: Uint8Array, text: string, random: Random): Uint8Array | undefined {
  switch (name) {
    case 'byteFlips':
      return byteFlips(bytes, random);
    case 'truncate':
      return truncate(bytes, random);
    case 'duplicateObject':
      return duplicateObject(text, random);
    case 'deleteObject':
      return deleteObject(text, random);
    case 'zeroStream':
      return zeroStream(bytes, text, random);
  }
}

/**
 * A damaged copy of `bytes`, the same for the same seed. The kind is drawn from the seed; when the
 * input has nothing that kind can act on (no objects, no streams) it falls back to byte flips, and
 * `mutationName` says what was really done.
 */
export function mutate(bytes: Uint8Array, seed: number): Mutant {
  const random = mulberry32(seed);
  const wanted = mutationNames[random.int(mutationNames.length)] ?? 'byteFlips';
  const mutated = apply(wanted, bytes, toLatin1(bytes), random);
  return mutated ? { mutationName: wanted, bytes: mutated } : { mutationName: 'byteFlips', bytes: byteFlips(bytes, random) };
}
