import type { CodedError } from '../errors/hr21-error.js';
import type { Warning } from '../schema/document.js';
import type { CodedWarning } from '../warnings/warning-codes.js';
import type { Catalogue, CodeText } from './catalogue.js';

/** The entry for a code, if the catalogue has one: codes may come from newer producers or documents read back. */
function entryFor(table: Record<string, CodeText<never>>, code: string): CodeText<unknown> | undefined {
  return Object.hasOwn(table, code) ? (table[code] as CodeText<unknown>) : undefined;
}

function describe(catalogue: Catalogue, table: Record<string, CodeText<never>>, item: { code: string; message: string; params?: unknown }): string {
  const entry = entryFor(table, item.code);
  if (entry === undefined) return item.message;
  if (item.params === undefined) return catalogue.unknownDetails({ title: entry.title, message: item.message });
  return entry.text(item.params);
}

/** A warning in the catalogue's language; without its values (a document read back from JSON), its title and the JSON message. */
export function describeWarning(catalogue: Catalogue, warning: Warning | CodedWarning): string {
  return describe(catalogue, catalogue.warnings, warning);
}

/** An error in the catalogue's language, from its code and values. */
export function describeError(catalogue: Catalogue, error: CodedError): string {
  return describe(catalogue, catalogue.errors, error);
}

/** The short title of a warning or error code, or the code itself when the catalogue does not know it. */
export function codeTitle(catalogue: Catalogue, code: string): string {
  return (entryFor(catalogue.warnings, code) ?? entryFor(catalogue.errors, code))?.title ?? code;
}
