export { extractPdf, type ExtractOptions, type PageRange } from './pdf.js';
export type { ExtractedPage, ExtractedPdf, TextItem } from './types.js';
