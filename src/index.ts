export { parsePdf, parsePdfDetailed, type ParseOptions, type ParseOutcome, type Stage } from './parse-pdf.js';
export { parseFiles, type FileResult, type ParseFilesOptions } from './parse-files.js';
export { toJson } from './emit/json.js';
export { toMarkdown } from './emit/markdown.js';
export { hr21JsonSchema } from './schema/json-schema.js';
export * from './schema/document.js';
export { errorCodes, type ErrorCode, Hr21Error, isHr21Error } from './errors/hr21-error.js';
export {
  diffDocuments,
  type DiffOptions,
  renderDiffHtml,
  renderDiffJson,
  renderDiffMarkdown,
  renderDiffText,
  languages,
  type Language,
  type RenderOptions,
  type TextRenderOptions,
  diffJson,
  formatDifferences,
  type Difference,
} from './diff/index.js';
export * from './schema/diff.js';
export { documentFromJson } from './schema/read-document.js';
