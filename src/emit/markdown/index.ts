export { writeRoot as serializeMarkdown } from './flow.js';
