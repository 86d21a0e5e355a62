export { validateDocument } from './document.js';
export { namesMatch } from './overzicht-match.js';
