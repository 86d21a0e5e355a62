import { escapeHtml } from './escape-html.js';

/** A self-contained page: everything inline, and a policy that allows only what the page uses. */
export interface HtmlPage {
  language: string;
  title: string;
  /** The page's Content-Security-Policy. */
  policy: string;
  styles: string;
  /** The body's markup, trusted: callers escape what they put in it. */
  body: string;
}

/** The one HTML document shell of the inspection page, the web page and the change report. */
export function htmlDocument({ language, title, policy, styles, body }: HtmlPage): string {
  return `<!doctype html>
<html lang="${escapeHtml(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">
<title>${escapeHtml(title)}</title>
<style>${styles}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
