import { htmlDocument } from '../emit/html-document.js';

/** What the build puts into the page: the page's script, and the worker's as bytes. */
export interface PageParts {
  pageScript: string;
  workerScript: string;
  styles: string;
}

/**
 * The one self-contained HTML file. The worker travels base64-encoded (it contains pdf.js,
 * whose strings could close a script element); the page's own script is checked instead.
 * The policy forbids every request except to the page's own origin, which only hr21 serve has.
 */
export function pageShell({ pageScript, workerScript, styles }: PageParts): string {
  if (/<\/script|<!--/i.test(pageScript)) throw new Error('the page script contains "</script" or "<!--" and cannot be inlined');
  const worker = Buffer.from(workerScript, 'utf8').toString('base64');
  return htmlDocument({
    language: 'nl',
    title: 'HR21-functieboek lezen',
    policy: "default-src 'none'; script-src 'unsafe-inline' blob:; worker-src blob:; style-src 'unsafe-inline'; img-src data: blob:; connect-src 'self'",
    styles,
    body: `<div id="app"></div>
<script type="application/octet-stream" id="worker-code">${worker}</script>
<script>${pageScript}</script>`,
  });
}
