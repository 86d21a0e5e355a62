export { extractPdf, type ExtractOptions } from './pdf.js';
export type { ExtractedPage, ExtractedPdf, TextItem } from './types.js';
