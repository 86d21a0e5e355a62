export { type Difference, diffJson } from './field-diff.js';
export { describePointer, formatDifferences } from './describe.js';
