import type { InspectModel } from '../../inspect/model.js';
import type { InspectTexts } from '../../messages/catalogue.js';
import { el } from './dom.js';

const svgNs = 'http://www.w3.org/2000/svg';

/**
 * The inspection view from src/inspect's model: each page drawn from its text, a box over every
 * line coloured by what it became; the box's title names the JSON field.
 */
export function inspectView(model: InspectModel, texts: InspectTexts, width: number): HTMLElement {
  const kinds = Object.keys(texts.kinds) as (keyof InspectTexts['kinds'])[];
  const legend = el('ul', { class: 'legend' }, ...kinds.map((kind) => el('li', {}, el('i', { class: `kind-${kind}`, 'aria-hidden': 'true' }), texts.kinds[kind])));
  const pages = model.pages.map((page) => {
    const height = (page.height / page.width) * width;
    const view = el('div', { class: 'inspect-page', style: `width:${width}px;height:${height}px`, role: 'img', 'aria-label': `${texts.page} ${page.number}` });
    const svg = document.createElementNS(svgNs, 'svg');
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    svg.setAttribute('aria-hidden', 'true');
    for (const line of page.lines) {
      const text = document.createElementNS(svgNs, 'text');
      text.setAttribute('x', String(line.norm[0] * width));
      text.setAttribute('y', String(line.norm[3] * height - (line.fontSize * width * 0.25) / page.width));
      text.setAttribute('font-size', String((line.fontSize * width) / page.width));
      text.textContent = line.text;
      svg.append(text);
    }
    view.append(svg);
    for (const line of page.lines) {
      const [left, top, right, bottom] = line.norm;
      const field = line.pointer ?? (line.kind === 'furniture' ? texts.furniture : texts.noField);
      view.append(
        el('div', {
          class: `box kind-${line.kind}`,
          title: `${field}\n${texts.kinds[line.kind]}${line.warning ? ` · ${line.warning}` : ''}\n${line.text}`,
          style: `left:${left * width}px;top:${top * height}px;width:${Math.max(2, (right - left) * width)}px;height:${(bottom - top) * height}px`,
        }),
      );
    }
    return el('figure', { id: `inspect-page-${page.number}` }, el('figcaption', {}, `${texts.page} ${page.number}`), view);
  });
  return el('div', { class: 'inspect' }, legend, ...pages);
}
