import type { DocumentDiff } from '../../schema/diff.js';

/** The contract's change list, two-space indented, ending with one newline. */
export function renderDiffJson(diff: DocumentDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}
