export { dejavuAvailable, fontAvailable, liberationAvailable } from './fonts.js';
export { type Bullet, type Mix, type PageVariant } from './mix.js';
export { COPYRIGHT, type Export, type Rendered, renderExports, renderHr21Pdf } from './render.js';
export { browserPrinted, narrowColumn, type PdfStyle, styles } from './styles.js';
