export { ocrDocument, type OcrOptions, planOcr } from './ocr-document.js';
export { isDecodable } from './text-layer.js';
export { ocrProvenance } from './provenance.js';
