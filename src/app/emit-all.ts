import type { Hr21Document, Warning } from '../schema/document.js';
import { functiesCsv, takenCsv } from '../emit/csv.js';
import { toJson } from '../emit/json.js';
import { functieMarkdownTree, toMarkdown } from '../emit/markdown.js';
import type { CodedWarning } from '../warnings/warning-codes.js';
import type { Emitted } from './protocol.js';

/** Same options as `hr21 parse --format json,md,csv` by default, so the downloads equal the CLI's files. */
const CSV_OPTIONS = { delimiter: ';' };

export function emitAll(document: Hr21Document, warnings: (Warning | CodedWarning)[] = document.warnings): Emitted {
  return {
    document,
    json: toJson(document),
    markdown: toMarkdown(document),
    functiesCsv: functiesCsv(document, CSV_OPTIONS),
    takenCsv: takenCsv(document, CSV_OPTIONS),
    functieTrees: document.functies.map(functieMarkdownTree),
    warnings,
  };
}
