import type { Hr21Document } from '../schema/document.js';
import type { DocumentDiff } from '../schema/diff.js';
import { alignFuncties, diffFuncties } from './functies.js';
import { alignModules, diffModules } from './modules.js';
import type { DiffOptions } from './options.js';
import { diffOverzicht } from './overzicht.js';
import { diffWarnings } from './warnings.js';

/**
 * The HR content that changed between two documents, in reading order: the overview, each
 * function, each module, then the warnings. Page numbers are compared only when asked.
 */
export function diffDocuments(oldDocument: Hr21Document, newDocument: Hr21Document, options: DiffOptions = {}): DocumentDiff {
  const functies = alignFuncties(oldDocument.functies, newDocument.functies, options);
  const modules = alignModules(oldDocument.modules, newDocument.modules, options);
  return {
    old: { file: oldDocument.source.file, sha256: oldDocument.source.sha256 },
    new: { file: newDocument.source.file, sha256: newDocument.source.sha256 },
    changes: [
      ...diffOverzicht(oldDocument, newDocument, { functies, modules }, options),
      ...diffFuncties(oldDocument.functies, newDocument.functies, functies, options),
      ...diffModules(oldDocument.modules, newDocument.modules, modules, options),
      ...diffWarnings(oldDocument.warnings, newDocument.warnings, options),
    ],
  };
}
