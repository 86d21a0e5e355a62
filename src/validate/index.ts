export { validateDocument, validateParsed, type Validated } from './document.js';
export { namesMatch } from './overzicht-match.js';
