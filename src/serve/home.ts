import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';

/** The web page's build output, when the package has it. */
const APP_PAGE = new URL('../app/index.html', import.meta.url);

const FALLBACK = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>hr21-parse</title></head>
<body><h1>hr21-parse</h1>
<p>HR21 job-description PDFs to JSON, Markdown and CSV. POST a PDF to <code>/v1/parse</code>;
the API is described at <a href="docs">/docs</a> (<a href="openapi.json">OpenAPI</a>).</p>
</body></html>
`;

/** GET /: the web page when it was built into the package, else a short page linking the docs. */
export default async function homePlugin(app: FastifyInstance): Promise<void> {
  const page = await readFile(APP_PAGE, 'utf8').catch(() => FALLBACK);
  app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(page));
}
