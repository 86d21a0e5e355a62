import { type UnsafeMatcher, matcherFor } from './unsafe-matcher.js';

/**
 * The constructs being written, outermost first (`list`, `listItem`, `paragraph`, `phrasing`),
 * as remark's `state.stack`: which unsafe patterns apply depends on them. Each stack is made
 * once and its patterns found once, so writing a text costs no lookup by name.
 */
export interface ConstructStack {
  readonly names: readonly string[];
  readonly matcher: UnsafeMatcher;
  readonly inner: Map<string, ConstructStack>;
}

function stackOf(names: readonly string[]): ConstructStack {
  return { names, matcher: matcherFor(names), inner: new Map() };
}

export const OUTERMOST: ConstructStack = stackOf([]);

/** The stack with `name` entered inside it. */
export function enter(stack: ConstructStack, ...names: string[]): ConstructStack {
  let current = stack;
  for (const name of names) {
    let inner = current.inner.get(name);
    if (!inner) current.inner.set(name, (inner = stackOf([...current.names, name])));
    current = inner;
  }
  return current;
}
