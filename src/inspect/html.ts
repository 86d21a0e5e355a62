import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { escapeHtml } from '../emit/escape-html.js';
import { htmlDocument } from '../emit/html-document.js';
import { clientScript } from './client-script.js';
import type { InspectModel } from './model.js';
import type { InspectTexts } from '../messages/catalogue.js';
import { catalogues, type Language } from '../messages/language.js';
import { describeWarning } from '../messages/render.js';

/** Colour per role; the legend and the boxes share them, the catalogue names them. */
const KINDS: [keyof InspectTexts['kinds'], string][] = [
  ['veld', '#1f77b4'],
  ['kop', '#17becf'],
  ['functiereeks', '#9467bd'],
  ['functiegroep', '#8c564b'],
  ['kenmerk', '#2ca02c'],
  ['taak', '#ff7f0e'],
  ['module', '#bcbd22'],
  ['activiteit', '#e377c2'],
  ['overzicht', '#7f7fff'],
  ['furniture', '#999999'],
  ['warning', '#d62728'],
  ['onverantwoord', '#d62728'],
];

const STYLE = `
body{margin:0;font:14px/1.4 system-ui,sans-serif;background:#eef0f3;color:#222}
header{position:sticky;top:0;z-index:3;background:#fff;border-bottom:1px solid #ccc;padding:8px 16px}
header h1{font-size:16px;margin:0 0 6px}
.legend{display:flex;flex-wrap:wrap;gap:6px 14px;align-items:center}
.legend span{display:inline-flex;align-items:center;gap:4px}
.legend i{width:14px;height:10px;display:inline-block;border:2px solid;border-radius:2px}
main{display:flex;gap:16px;padding:16px}
#pages{flex:1;display:flex;flex-direction:column;align-items:center;gap:16px}
.page{position:relative;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.25)}
.page-label{position:absolute;right:100%;margin-right:8px;top:0;color:#666;font-size:12px;white-space:nowrap}
.page canvas{position:absolute;inset:0;width:100%;height:100%}
.text-layer{position:absolute;inset:0;width:100%;height:100%;font-family:sans-serif;fill:#333}
.rendered .text-layer{display:none}
.box{position:absolute;border:1.5px solid;border-radius:2px;box-sizing:border-box;cursor:help}
.box:hover{background:rgba(255,255,0,.25)}
body.hide-furniture .kind-furniture{display:none}
.box.ocr{border-style:dashed}
.box.ocr-unsure{background:rgba(255,165,0,.25)}
.tip-ocr{color:#8a5a00}
aside{width:340px;flex:none;position:sticky;top:104px;align-self:flex-start;max-height:calc(100vh - 124px);overflow:auto;background:#fff;border:1px solid #ccc;padding:8px 12px}
aside h2{font-size:15px;margin:4px 0}
aside ol{padding-left:18px;margin:0}
.warning{cursor:pointer;margin:4px 0}
.warning:hover{background:#fff3cd}
.warning code{color:#d62728}
.warning-page{color:#666}
#tip{position:absolute;z-index:5;max-width:480px;background:#222;color:#fff;padding:6px 8px;border-radius:4px;font-size:12px;pointer-events:none}
.tip-pointer{font-family:monospace;color:#ffd966}
.tip-kind{color:#aaa}
${KINDS.map(([kind, color]) => `.kind-${kind}{border-color:${color}}`).join('\n')}
`;

const require = createRequire(import.meta.url);

async function pdfJsBrowserBuild(): Promise<{ main: string; worker: string }> {
  const [main, worker] = await Promise.all(
    ['pdfjs-dist/build/pdf.min.mjs', 'pdfjs-dist/build/pdf.worker.min.mjs'].map(async (name) => (await readFile(require.resolve(name))).toString('base64')),
  );
  return { main: main as string, worker: worker as string };
}


/** JSON for a script element: "<" escaped so no text in the document can close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** One self-contained HTML file: the PDF, pdf.js's browser build, the model and the viewer, all inline. */
export async function inspectHtml(model: InspectModel, pdfBytes: Uint8Array, language: Language = 'nl'): Promise<string> {
  const catalogue = catalogues[language];
  const pdfjs = await pdfJsBrowserBuild();
  const words = catalogue.inspect;
  const title = `${model.file} — ${words.title}`;
  const legend = KINDS.map(([kind, color]) => `<span data-legend="${kind}"><i style="border-color:${color}"></i>${escapeHtml(words.kinds[kind])}</span>`).join('');
  const summary = words.summary({ file: model.file, pages: model.pages.length, ...model.counts });
  // What the page's script says: the catalogue's words, and each warning worded from its values.
  const { page, furniture, noField, drawnFromText } = words;
  const texts = { page, furniture, noField, drawnFromText, warnings: model.warnings.map((warning) => describeWarning(catalogue, warning)) };
  const json = scriptJson(model);
  return htmlDocument({
    language,
    title,
    policy: "default-src 'none'; script-src 'unsafe-inline' blob:; worker-src blob:; style-src 'unsafe-inline'; img-src data: blob:",
    styles: STYLE,
    body: `<header>
<h1>${escapeHtml(model.title ?? model.file)} <small>(${escapeHtml(summary)})</small></h1>
<div class="legend">${legend}<label><input type="checkbox" id="hide-furniture"> ${escapeHtml(words.hideFurniture)}</label><span id="render-note"></span></div>
</header>
<main><div id="pages"></div><aside><h2>${escapeHtml(words.warnings)} (<span id="warning-count">0</span>)</h2><ol id="warnings"></ol></aside></main>
<div id="tip" hidden></div>
<script type="application/json" id="model">${json}</script>
<script type="application/json" id="texts">${scriptJson(texts)}</script>
<script type="application/octet-stream" id="pdf">${Buffer.from(pdfBytes).toString('base64')}</script>
<script type="application/octet-stream" id="pdfjs">${pdfjs.main}</script>
<script type="application/octet-stream" id="pdfjs-worker">${pdfjs.worker}</script>
<script type="module">${clientScript}</script>`,
  });
}
