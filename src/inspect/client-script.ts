/**
 * The inspection page's script, run by the browser. It reads the embedded model, draws every
 * page (text as SVG at once, then the real rendering by the embedded pdf.js when that loads),
 * and lays a box over each line coloured by what it became.
 */
export const clientScript = String.raw`
const SCALE = 1.5;
const $ = (id) => document.getElementById(id);
const model = JSON.parse($('model').textContent);
const texts = JSON.parse($('texts').textContent);
const bytes = (id) => Uint8Array.from(atob($(id).textContent.trim()), (c) => c.charCodeAt(0));
const blobUrl = (id) => URL.createObjectURL(new Blob([bytes(id)], { type: 'text/javascript' }));
const svgNs = 'http://www.w3.org/2000/svg';
const tip = $('tip');
const pageViews = new Map();

function el(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function drawPage(page) {
  const width = page.width * SCALE;
  const height = page.height * SCALE;
  const view = el('section', { class: 'page', id: 'page-' + page.number, style: 'width:' + width + 'px;height:' + height + 'px' });
  view.append(el('div', { class: 'page-label' }, texts.page + ' ' + page.number));
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('class', 'text-layer');
  svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
  for (const line of page.lines) {
    const text = document.createElementNS(svgNs, 'text');
    text.setAttribute('x', String(line.norm[0] * width));
    text.setAttribute('y', String(line.norm[3] * height - line.fontSize * 0.25 * SCALE));
    text.setAttribute('font-size', String(line.fontSize * SCALE));
    text.textContent = line.text;
    svg.append(text);
  }
  view.append(svg);
  for (const line of page.lines) {
    const [left, top, right, bottom] = line.norm;
    const box = el('div', {
      class: 'box kind-' + line.kind + (line.ocr ? ' ocr' : '') + (line.ocr && line.ocr.unsure.length > 0 ? ' ocr-unsure' : ''),
      'data-kind': line.kind,
      'data-ocr': line.ocr ? 'OCR ' + Math.round(line.ocr.confidence) + ' %' + (line.ocr.unsure.length > 0 ? ' · onzeker: ' + line.ocr.unsure.join(' ') : '') : '',
      'data-pointer': line.pointer ?? '',
      'data-text': line.text,
      'data-warning': line.warning ?? '',
      style: 'left:' + left * width + 'px;top:' + top * height + 'px;width:' + Math.max(2, (right - left) * width) + 'px;height:' + (bottom - top) * height + 'px',
    });
    view.append(box);
  }
  pageViews.set(page.number, view);
  return view;
}

function showTip(event) {
  const box = event.target.closest('.box');
  if (!box) return;
  const pointer = box.dataset.pointer || (box.dataset.kind === 'furniture' ? texts.furniture : texts.noField);
  tip.textContent = '';
  tip.append(el('div', { class: 'tip-pointer' }, pointer), el('div', { class: 'tip-kind' }, box.dataset.kind + (box.dataset.warning ? ' · ' + box.dataset.warning : '')), el('div', { class: 'tip-text' }, box.dataset.text));
  if (box.dataset.ocr) tip.append(el('div', { class: 'tip-ocr' }, box.dataset.ocr));
  tip.style.left = event.pageX + 12 + 'px';
  tip.style.top = event.pageY + 12 + 'px';
  tip.hidden = false;
}

function listWarnings() {
  const list = $('warnings');
  $('warning-count').textContent = String(model.warnings.length);
  model.warnings.forEach((warning, index) => {
    const item = el('li', { class: 'warning' });
    item.append(el('code', {}, warning.code), el('span', {}, ' ' + texts.warnings[index]));
    if (warning.page !== null) {
      item.append(el('span', { class: 'warning-page' }, ' (' + texts.page.toLowerCase() + ' ' + warning.page + ')'));
      item.addEventListener('click', () => pageViews.get(warning.page)?.scrollIntoView({ behavior: 'smooth', block: 'start' }));
    }
    list.append(item);
  });
}

async function renderWithPdfJs() {
  const pdfjs = await import(blobUrl('pdfjs'));
  pdfjs.GlobalWorkerOptions.workerSrc = blobUrl('pdfjs-worker');
  const pdf = await pdfjs.getDocument({ data: bytes('pdf'), isEvalSupported: false, verbosity: 0 }).promise;
  for (const page of model.pages) {
    const pdfPage = await pdf.getPage(page.number);
    const viewport = pdfPage.getViewport({ scale: SCALE });
    const canvas = el('canvas', { class: 'render', width: String(Math.round(viewport.width)), height: String(Math.round(viewport.height)) });
    await pdfPage.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise;
    pageViews.get(page.number).prepend(canvas);
    pageViews.get(page.number).classList.add('rendered');
  }
  document.body.dataset.rendered = 'pdfjs';
}

const pages = $('pages');
for (const page of model.pages) pages.append(drawPage(page));
pages.addEventListener('mouseover', showTip);
pages.addEventListener('mouseout', () => (tip.hidden = true));
$('hide-furniture').addEventListener('change', (event) => document.body.classList.toggle('hide-furniture', event.target.checked));
listWarnings();
document.body.dataset.ready = 'true';
renderWithPdfJs().catch((error) => {
  document.body.dataset.rendered = 'svg';
  $('render-note').textContent = texts.drawnFromText + ' (' + error.message + ').';
});
`;
