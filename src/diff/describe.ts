import type { Difference } from './field-diff.js';

function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/** "/functies/3/resultaatgebieden/1/taken/2" said the way a reader thinks of it. */
export function describePointer(pointer: string, document?: unknown): string {
  const parts = pointer.split('/').slice(1);
  const words: string[] = [];
  let node: unknown = document;
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] as string;
    const next = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
    const numeric = /^\d+$/.test(part);
    if (numeric && next && typeof next === 'object' && typeof (next as { naam?: unknown }).naam === 'string') {
      words.push(`${Number(part) + 1} "${(next as { naam: string }).naam}"`);
    } else if (numeric && next && typeof next === 'object' && typeof (next as { nummer?: unknown }).nummer === 'number') {
      words.push(String((next as { nummer: number }).nummer));
    } else if (numeric) {
      words.push(`item ${Number(part) + 1}`);
    } else {
      words.push(part);
    }
    node = next;
  }
  return words.join(' › ');
}

/** A readable, line-per-difference report: what changed where, old and new value. */
export function formatDifferences(differences: readonly Difference[], expectedDocument?: unknown): string {
  return differences
    .map((difference) => {
      const where = `${describePointer(difference.pointer, expectedDocument)} (${difference.pointer})`;
      switch (difference.kind) {
        case 'added':
          return `+ ${where}\n    ${show(difference.actual)}`;
        case 'removed':
          return `- ${where}\n    ${show(difference.expected)}`;
        case 'changed':
          return `~ ${where}\n    expected ${show(difference.expected)}\n    actual   ${show(difference.actual)}`;
      }
    })
    .join('\n');
}
