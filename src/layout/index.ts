export { layoutDocument } from './document.js';
export { normalizeText, collapseWhitespace } from './text.js';
export type { Fragment, FurnitureKind, LayoutDocument, LayoutPage, Line, Metrics } from './types.js';
