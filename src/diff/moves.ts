import type { Change } from '../schema/diff.js';

/**
 * Within one function or module, a text removed in one place and added word for word in
 * another (a taak taken to another resultaatgebied) is one move, listed where it arrived.
 */
export function mergeMoves(changes: readonly Change[]): Change[] {
  const arrivals = new Map<string, number[]>();
  changes.forEach((change, index) => {
    if (change.kind !== 'added' || change.text === undefined || change.subject === 'resultaatgebied') return;
    const key = `${change.subject}\n${change.text}`;
    arrivals.set(key, [...(arrivals.get(key) ?? []), index]);
  });
  const replaced = new Map<number, Change>();
  const dropped = new Set<number>();
  changes.forEach((change, index) => {
    if (change.kind !== 'removed' || change.text === undefined) return;
    const arrival = arrivals.get(`${change.subject}\n${change.text}`)?.shift();
    if (arrival === undefined) return;
    const { text, newPointer, ...rest } = changes[arrival] as Extract<Change, { kind: 'added' }>;
    replaced.set(arrival, { ...rest, kind: 'moved', text, oldPointer: change.oldPointer, newPointer });
    dropped.add(index);
  });
  return changes.flatMap((change, index) => (dropped.has(index) ? [] : [replaced.get(index) ?? change]));
}
