export { inspectHtml } from './html.js';
export { type InspectLine, type InspectModel, type InspectPage, inspectModel } from './model.js';
