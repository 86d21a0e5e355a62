/**
 * The web page: drop PDFs, see their functions, download the data. Parsing runs in a Web
 * Worker; this thread keeps the state and draws it. Every word shown comes from the catalogue.
 */
import type { CodedError } from '../../errors/hr21-error.js';
import type { AppTexts, Catalogue } from '../../messages/catalogue.js';
import { catalogues, type Language } from '../../messages/language.js';
import { codeTitle, describeError, describeWarning } from '../../messages/render.js';
import type { Functie } from '../../schema/document.js';
import type { WorkerReply } from '../protocol.js';
import { el } from './dom.js';
import { batchZip, outputsOf, save, stemOf } from './downloads.js';
import { inspectView } from './inspect-view.js';
import { markdownView } from './markdown-view.js';
import { parseOnServer, serverAvailable } from './server.js';
import { startParser } from './worker-client.js';

type Success = Extract<WorkerReply, { ok: true }>;

interface FileEntry {
  id: number;
  name: string;
  status: 'queued' | 'reading' | 'ocr' | 'done' | 'failed';
  seconds: number;
  result?: Success;
  error?: CodedError;
  /** A scan opened from disk: only the server or the command line can read it. */
  needsServer?: boolean;
}

/** Errors the server's OCR may cure: a PDF without a usable text layer. */
const NEEDS_OCR = new Set<string>(['HR21_NO_TEXT']);

const state = {
  language: 'nl' as Language,
  files: [] as FileEntry[],
  query: '',
  opened: null as { file: number; index: number } | null,
  inspecting: null as number | null,
  server: false,
};

const parser = startParser(document.getElementById('worker-code')?.textContent ?? '', () => {
  document.body.dataset.parser = 'ready';
});
const serverCheck = serverAvailable(location).then((available) => {
  state.server = available;
});

const catalogue = (): Catalogue => catalogues[state.language];
const t = (): AppTexts => catalogue().app;

/** Parts drawn once and kept, so typing in the search box or focus on a button survives redraws. */
const root = document.getElementById('app') as HTMLElement;
const languageButton = el('button', { type: 'button', id: 'language', onclick: () => switchLanguage() });
const title = el('h1', {});
const intro = el('p', {});
const privacy = el('p', { class: 'privacy' });
const fileInput = el('input', { type: 'file', id: 'pick', accept: '.pdf,application/pdf', multiple: true, class: 'visually-hidden' });
const pickLabel = el('label', { for: 'pick', class: 'button' });
const dropText = el('span', {});
const dropZone = el('div', { id: 'drop', class: 'drop' }, dropText, pickLabel, fileInput);
const filesHeading = el('h2', { id: 'files-heading' });
const batchLine = el('p', { id: 'batch', role: 'status' });
const zipButton = el('button', { type: 'button', id: 'zip', onclick: () => downloadZip() });
const fileList = el('ol', { id: 'files', class: 'files', 'aria-labelledby': 'files-heading' });
const functiesHeading = el('h2', { id: 'functies-heading' });
const searchLabel = el('label', { for: 'search' });
const searchInput = el('input', { type: 'search', id: 'search', autocomplete: 'off' });
const functieTable = el('div', { id: 'functies', class: 'table-wrap' });
const functiePanel = el('section', { id: 'functie', class: 'panel', tabindex: '-1', hidden: true });
const inspectPanel = el('section', { id: 'inspect', class: 'panel', tabindex: '-1', hidden: true });

root.append(
  el('header', {}, el('div', { class: 'bar' }, title, languageButton), intro, privacy),
  el('main', {}, el('div', { class: 'left' }, dropZone, el('section', { 'aria-labelledby': 'files-heading' }, filesHeading, batchLine, zipButton, fileList)), el('div', { class: 'right' }, functiePanel, inspectPanel, el('section', { 'aria-labelledby': 'functies-heading' }, functiesHeading, el('div', { class: 'search' }, searchLabel, searchInput), functieTable))),
);

fileInput.addEventListener('change', () => {
  addFiles(Array.from(fileInput.files ?? []));
  fileInput.value = '';
});
dropZone.addEventListener('dragover', (event) => {
  event.preventDefault();
  dropZone.classList.add('over');
});
dropZone.addEventListener('dragleave', () => dropZone.classList.remove('over'));
// Files dropped anywhere on the page are read: outside the zone the browser would open the PDF instead.
window.addEventListener('dragover', (event) => event.preventDefault());
window.addEventListener('drop', (event) => {
  event.preventDefault();
  dropZone.classList.remove('over');
  addFiles(Array.from(event.dataTransfer?.files ?? []));
});
searchInput.addEventListener('input', () => {
  state.query = searchInput.value;
  drawFuncties();
});

let nextId = 1;

function addFiles(files: File[]): void {
  for (const file of files) {
    const entry: FileEntry = { id: nextId++, name: file.name, status: 'queued', seconds: 0 };
    state.files.push(entry);
    void read(entry, file);
  }
  draw();
}

async function read(entry: FileEntry, file: File): Promise<void> {
  const bytes = await file.arrayBuffer();
  // The time this file took, from when the worker took it: not the wait behind other files.
  let started = performance.now();
  const reply = await parser.parse(file.name, bytes, () => {
    started = performance.now();
    entry.status = 'reading';
    draw();
  });
  if (!reply.ok && NEEDS_OCR.has(reply.error.code)) {
    await serverCheck;
    if (state.server) {
      entry.status = 'ocr';
      draw();
      const served = await parseOnServer(file);
      finish(entry, served.ok ? await parser.emit(served.json) : { id: 0, ok: false, error: served.error }, started);
      return;
    }
    entry.needsServer = true;
  }
  finish(entry, reply, started);
}

function finish(entry: FileEntry, reply: WorkerReply, started: number): void {
  entry.seconds = (performance.now() - started) / 1000;
  if (reply.ok) {
    entry.status = 'done';
    entry.result = reply;
  } else {
    entry.status = 'failed';
    entry.error = reply.error;
  }
  draw();
}

function statusOf(entry: FileEntry): string {
  const texts = t();
  switch (entry.status) {
    case 'queued':
      return texts.queued;
    case 'reading':
      return texts.reading;
    case 'ocr':
      return texts.sendingToServer;
    case 'failed':
      return texts.failed;
    case 'done': {
      const document = entry.result?.document;
      if (!document) return '';
      return texts.done({ functies: document.functies.length, modules: document.modules.length, pages: document.source.pageCount, warnings: document.warnings.length, seconds: entry.seconds });
    }
  }
}

function fileItem(entry: FileEntry): HTMLElement {
  const texts = t();
  const item = el('li', { class: `file ${entry.status}`, 'data-file': entry.name }, el('h3', {}, entry.name), el('p', { class: 'status', role: 'status' }, statusOf(entry)));
  if (entry.error) {
    const error = entry.error;
    item.append(el('p', { class: 'error', 'data-code': error.code }, el('strong', {}, codeTitle(catalogue(), error.code)), ': ', describeError(catalogue(), error)));
    if (entry.needsServer) item.append(el('p', { class: 'error needs-server' }, texts.needsServer));
    item.append(el('details', {}, el('summary', {}, texts.details), el('code', {}, `${error.code}: ${error.message}`)));
  }
  const result = entry.result;
  if (result) {
    const stem = stemOf(entry.name);
    const labels = [texts.downloadJson, texts.downloadMarkdown, texts.downloadCsvFuncties, texts.downloadCsvTaken];
    item.append(
      el(
        'div',
        { class: 'downloads', role: 'group', 'aria-label': `${texts.downloads}: ${entry.name}` },
        ...outputsOf(stem, result).map(([name, content, type], index) => el('button', { type: 'button', 'data-download': name, onclick: () => save(name, content, type) }, labels[index])),
        result.inspect ? el('button', { type: 'button', class: 'secondary', onclick: () => openInspect(entry.id) }, texts.inspect) : null,
      ),
    );
    const warnings = result.warnings;
    if (warnings.length > 0) {
      item.append(
        el(
          'details',
          { class: 'warnings' },
          el('summary', {}, texts.warningsHeading(warnings.length)),
          el('ul', {}, ...warnings.map((warning) => el('li', { 'data-code': warning.code }, el('span', { class: 'page' }, warning.page === null ? texts.noPage : texts.page(warning.page)), ' — ', describeWarning(catalogue(), warning)))),
        ),
      );
    }
  }
  return item;
}

function drawFiles(): void {
  const texts = t();
  const done = state.files.filter((file) => file.status === 'done');
  const failed = state.files.filter((file) => file.status === 'failed');
  const functies = done.reduce((sum, file) => sum + (file.result?.document.functies.length ?? 0), 0);
  batchLine.textContent = state.files.length === 0 ? '' : texts.summaryLine({ files: state.files.length, ok: done.length, failed: failed.length, functies });
  zipButton.textContent = texts.downloadZip;
  zipButton.hidden = done.length === 0;
  fileList.replaceChildren(...state.files.map(fileItem));
}

interface Row {
  file: FileEntry;
  index: number;
  functie: Functie;
}

function rows(): Row[] {
  return state.files.flatMap((file) => (file.result?.document.functies ?? []).map((functie, index) => ({ file, index, functie })));
}

function matches(row: Row, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = [row.functie.code, row.functie.naam, row.functie.functiegroep?.naam, row.functie.functiereeks?.naam, row.functie.indicatieveSchaal].join(' ').toLowerCase();
  return words.every((word) => haystack.includes(word));
}

function drawFuncties(): void {
  const texts = t();
  const all = rows();
  const shown = all.filter((row) => matches(row, state.query));
  const many = state.files.length > 1;
  const cols = texts.columns;
  functiesHeading.textContent = `${texts.functiesHeading} (${shown.length === all.length ? all.length : `${shown.length} / ${all.length}`})`;
  if (shown.length === 0) {
    functieTable.replaceChildren(all.length > 0 ? el('p', {}, texts.noMatches) : '');
    return;
  }
  const head = el('tr', {}, ...[cols.code, cols.naam, cols.functiegroep, cols.schaal, many ? cols.file : null].filter((c): c is string => c !== null).map((c) => el('th', { scope: 'col' }, c)));
  const body = shown.map(({ file, index, functie }) => {
    const naam = functie.naam ?? functie.code ?? '?';
    return el(
      'tr',
      { 'data-code': functie.code ?? '' },
      el('td', {}, functie.code ?? '–'),
      el('th', { scope: 'row' }, el('button', { type: 'button', class: 'link', 'aria-label': texts.open(naam), onclick: () => openFunctie(file.id, index) }, naam)),
      el('td', {}, functie.functiegroep?.naam ?? '–'),
      el('td', { class: 'number' }, functie.indicatieveSchaal === null ? '–' : String(functie.indicatieveSchaal)),
      many ? el('td', {}, file.name) : null,
    );
  });
  functieTable.replaceChildren(el('table', {}, el('thead', {}, head), el('tbody', {}, ...body)));
}

function closeButton(onClose: () => void): HTMLElement {
  return el('button', { type: 'button', class: 'close', onclick: onClose }, t().close);
}

function drawFunctie(): void {
  const opened = state.opened;
  const file = state.files.find((entry) => entry.id === opened?.file);
  const tree = opened && file?.result?.functieTrees[opened.index];
  functiePanel.hidden = !tree;
  if (!tree) return functiePanel.replaceChildren();
  functiePanel.replaceChildren(closeButton(() => closePanel('opened')), markdownView(tree));
}

function drawInspect(): void {
  const file = state.files.find((entry) => entry.id === state.inspecting);
  const model = file?.result?.inspect;
  inspectPanel.hidden = !model;
  if (!model || !file) return inspectPanel.replaceChildren();
  const width = Math.min(760, Math.max(280, inspectPanel.parentElement?.clientWidth ?? 760) - 40);
  inspectPanel.replaceChildren(closeButton(() => closePanel('inspecting')), el('h2', {}, t().inspectHeading(file.name)), inspectView(model, catalogue().inspect, width));
}

function openFunctie(file: number, index: number): void {
  state.opened = { file, index };
  drawFunctie();
  functiePanel.focus();
  functiePanel.scrollIntoView({ block: 'start' });
}

function openInspect(file: number): void {
  state.inspecting = file;
  drawInspect();
  inspectPanel.focus();
  inspectPanel.scrollIntoView({ block: 'start' });
}

function closePanel(which: 'opened' | 'inspecting'): void {
  state[which] = null;
  draw();
  searchInput.focus();
}

function downloadZip(): void {
  const entries = state.files
    .filter((file) => file.status === 'done' || file.status === 'failed')
    .map((file) => ({ name: file.name, ...(file.result ? { emitted: file.result } : {}), ...(file.error ? { error: { code: file.error.code, message: file.error.message } } : {}) }));
  save('hr21.zip', batchZip(entries), 'application/zip');
}

function switchLanguage(): void {
  state.language = state.language === 'nl' ? 'en' : 'nl';
  draw();
}

function draw(): void {
  const texts = t();
  document.documentElement.lang = state.language;
  document.title = texts.title;
  title.textContent = texts.title;
  languageButton.textContent = texts.languageSwitch;
  languageButton.setAttribute('lang', state.language === 'nl' ? 'en' : 'nl');
  intro.textContent = texts.intro;
  privacy.textContent = texts.privacy;
  dropText.textContent = texts.dropHere;
  pickLabel.textContent = texts.pick;
  filesHeading.textContent = texts.filesHeading;
  searchLabel.textContent = texts.search;
  searchInput.placeholder = texts.searchPlaceholder;
  drawFiles();
  drawFuncties();
  drawFunctie();
  drawInspect();
}

draw();
document.body.dataset.ready = 'true';
