import type { Hr21Document } from '../schema/document.js';

/** Deterministic JSON: the schema's key order, 2-space indent, trailing newline, nothing time-dependent. */
export function toJson(document: Hr21Document): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
