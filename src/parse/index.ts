export { parseDocument, type ParsedDocument } from './document.js';
export type { ParsedFunctie } from './functie.js';
export type { LineRole, RoleKind } from './ledger.js';
