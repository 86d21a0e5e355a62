export { type Language, languages } from '../../messages/language.js';
export type { RenderOptions, TextRenderOptions } from './options.js';
export { renderDiffText } from './text.js';
export { renderDiffMarkdown } from './markdown.js';
export { renderDiffHtml } from './html.js';
export { renderDiffJson } from './json.js';
