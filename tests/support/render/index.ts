export { dejavuAvailable } from './fonts.js';
export { COPYRIGHT, type Rendered, renderHr21Pdf } from './render.js';
export { type PdfStyle, styles } from './styles.js';
