import type { Warning } from '../schema/document.js';
import type { Change } from '../schema/diff.js';
import { align } from './align.js';
import { added, removed } from './change-builders.js';
import type { DiffOptions } from './options.js';

/** A warning as compared: unless pages are compared, its page and page numbers in its message only shift with the pages. */
function contentOf(pages: boolean) {
  return (warning: Warning) => (pages ? JSON.stringify(warning) : `${warning.code}\n${warning.message.replace(/\bpages? \d+(?:[–-]\d+)?/g, 'page')}`);
}

const shown = (warning: Warning) => `${warning.code}: ${warning.message}`;

/** Warnings that appeared or went away (a parse that got better or worse); their order is not compared. */
export function diffWarnings(oldWarnings: readonly Warning[], newWarnings: readonly Warning[], options: DiffOptions): Change[] {
  const alignment = align(oldWarnings, newWarnings, { content: contentOf(options.pages ?? false) });
  return [
    ...alignment.removed.map((index) => removed({ functie: null }, 'warning', `/warnings/${index}`, shown(oldWarnings[index] as Warning))),
    ...alignment.added.map((index) => added({ functie: null }, 'warning', `/warnings/${index}`, shown(newWarnings[index] as Warning))),
  ];
}
