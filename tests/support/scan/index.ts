export { canPrintToPdf, printToPdf } from './print-to-pdf.js';
export { type ScanVariant, scanPdf } from './rasterise.js';
