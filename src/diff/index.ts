export { type Difference, diffJson } from './field-diff.js';
export { describePointer, formatDifferences } from './describe.js';
export { diffDocuments } from './document.js';
export type { DiffOptions } from './options.js';
export * from './render/index.js';
