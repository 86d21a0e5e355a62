export { catalogue, type Language, languages, type ReportWords } from './catalogue.js';
export type { RenderOptions, TextRenderOptions } from './options.js';
export { renderDiffText } from './text.js';
export { renderDiffMarkdown } from './markdown.js';
export { renderDiffHtml } from './html.js';
export { renderDiffJson } from './json.js';
