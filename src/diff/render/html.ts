import type { DocumentDiff } from '../../schema/diff.js';
import { escapeHtml } from '../../emit/escape-html.js';
import { htmlDocument } from '../../emit/html-document.js';
import type { DiffTexts } from '../../messages/catalogue.js';
import { catalogues } from '../../messages/language.js';
import { blockSymbol, blockTitle, changeLine, SYMBOLS } from './change-lines.js';
import type { RenderOptions } from './options.js';
import { buildReport, type ReportBlock } from './report.js';
import { spacedOut, wordParts } from './word-diff.js';

/** Inline, so the report is one file that opens anywhere, offline, and prints as it shows. */
const STYLE = `
:root { color-scheme: light; --added: #1a7f37; --removed: #b42318; --changed: #9a6700; --moved: #0969da; }
body { font: 15px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1f2328; }
h1 { font-size: 1.5rem; margin-bottom: .25rem; }
.files { color: #59636e; margin-top: 0; overflow-wrap: anywhere; }
table.summary { border-collapse: collapse; margin: 1rem 0 2rem; display: block; max-width: 100%; overflow-x: auto; }
table.summary th, table.summary td { border: 1px solid #d1d9e0; padding: .35rem .75rem; text-align: right; }
table.summary th { background: #f6f8fa; font-weight: 600; }
section.block { border: 1px solid #d1d9e0; border-radius: 6px; margin: 0 0 1rem; padding: .5rem 1rem; break-inside: avoid; }
section.block h3, section.block h2 { margin: .25rem 0; font-size: 1.05rem; }
.status { font-weight: normal; color: #59636e; font-size: .9em; }
.sym { display: inline-block; width: 1.3em; font-weight: 700; text-align: center; }
.added > .sym, .sym.added { color: var(--added); } .removed > .sym, .sym.removed { color: var(--removed); }
.changed > .sym, .sym.changed { color: var(--changed); } .moved > .sym, .sym.moved { color: var(--moved); }
ul.changes { list-style: none; padding-left: 0; margin: .25rem 0; }
ul.changes li { padding: .2rem 0 .2rem 1.5em; text-indent: -1.5em; }
.place { color: #59636e; }
.text { display: block; text-indent: 0; }
ins { background: #dafbe1; color: var(--added); text-decoration: underline; }
del { background: #ffebe9; color: var(--removed); text-decoration: line-through; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  section.block { border-color: #999; }
  ins, del { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/** A reworded text once: removed words in <del>, added words in <ins>, a space between a replacement's two halves. */
function markedWords(old: string, neu: string): string {
  return wordParts(old, neu)
    .map((part, index, parts) => {
      if (part.kind === 'same') return escapeHtml(part.text);
      const tag = part.kind === 'added' ? 'ins' : 'del';
      const { before, core, after } = spacedOut(part.text);
      const gap = part.kind === 'added' && parts[index - 1]?.kind === 'removed' && !before ? ' ' : '';
      return `${gap}${before}<${tag}>${escapeHtml(core)}</${tag}>${after}`;
    })
    .join('');
}

function changeItem(change: ReportBlock['changes'][number], words: DiffTexts): string {
  const line = changeLine(change, words);
  const place = line.place ? `<span class="place">${escapeHtml(line.place)}</span>` : '';
  const values = line.values ? `: ${escapeHtml(line.values.old)} → ${escapeHtml(line.values.new)}` : '';
  const body = line.reworded ? markedWords(line.reworded.old, line.reworded.new) : line.text === null ? '' : escapeHtml(line.text);
  return `<li class="${line.kind}" title="${escapeHtml(words.kinds[line.kind])}"><span class="sym">${SYMBOLS[line.kind]}</span>${place}${values}${body ? `<span class="text">${body}</span>` : ''}</li>`;
}

function blockHtml(block: ReportBlock, words: DiffTexts): string {
  const level = block.section === 'functies' || block.section === 'modules' ? 'h3' : 'h2';
  const status = block.status === 'changed' ? '' : ` <span class="status">(${escapeHtml(words.kinds[block.status])})</span>`;
  const changes = block.changes.length === 0 ? '' : `<ul class="changes">${block.changes.map((change) => changeItem(change, words)).join('')}</ul>`;
  const symbol = level === 'h3' ? `<span class="sym ${block.status}">${blockSymbol(block.status)}</span>` : '';
  return `<section class="block ${block.status}"><${level}>${symbol}${escapeHtml(blockTitle(block, words))}${status}</${level}>${changes}</section>`;
}

/**
 * The change report as one self-contained, printable HTML page: no script, no external
 * resource. The summary counts first, then a block per function with the changed words marked.
 */
export function renderDiffHtml(diff: DocumentDiff, options: RenderOptions = {}): string {
  const language = options.language ?? 'en';
  const words = catalogues[language].diff;
  const report = buildReport(diff);
  const { counts } = report;
  const title = words.title(diff.old.file, diff.new.file);
  const summary =
    diff.changes.length === 0
      ? `<p><strong>${escapeHtml(words.noChanges)}</strong></p>`
      : `<p><strong>${escapeHtml(words.summary(counts))}</strong></p>\n<table class="summary"><tr><th>${escapeHtml(words.counts.changes)}</th><th>${escapeHtml(words.counts.added)}</th><th>${escapeHtml(words.counts.removed)}</th><th>${escapeHtml(words.counts.changed)}</th></tr><tr><td>${counts.changes}</td><td>${counts.added}</td><td>${counts.removed}</td><td>${counts.changed}</td></tr></table>`;
  const body: string[] = [];
  let section: string | null = null;
  for (const block of report.blocks) {
    if (block.section !== section && (block.section === 'functies' || block.section === 'modules')) body.push(`<h2>${escapeHtml(words.sections[block.section])}</h2>`);
    section = block.section;
    body.push(blockHtml(block, words));
  }
  const side = (label: string, file: string, sha256: string) => `${escapeHtml(label)}: ${escapeHtml(file)} <small>(sha256 ${escapeHtml(sha256.slice(0, 12))})</small>`;
  return htmlDocument({
    language,
    title,
    policy: "default-src 'none'; style-src 'unsafe-inline'",
    styles: STYLE,
    body: `<h1>${escapeHtml(title)}</h1>
<p class="files">${side(words.oldEdition, diff.old.file, diff.old.sha256)}<br>${side(words.newEdition, diff.new.file, diff.new.sha256)}</p>
${summary}
${body.join('\n')}`,
  });
}
