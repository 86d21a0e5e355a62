import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../batch/atomic-write.js';
import { cliCatalogue } from './language-option.js';

export const appHelp = `Usage: hr21 app [--out DIR]

Writes DIR/hr21-app.html (default DIR: output): the web page for HR staff as one
self-contained file. Open it in a browser, from disk or an intranet page: drop HR21 PDFs,
see their functions, download JSON, Markdown, CSV or one ZIP. Everything runs in the
browser; the page makes no network requests. PDFs that need OCR need hr21 serve or
the command line. The page is in Dutch, with a switch to English.

Options:
  -o, --out DIR        output folder (default: output)
      --lang nl|en     language of this command's line
  -h, --help           this help

Example:
  hr21 app --out intranet/ && open intranet/hr21-app.html`;

/** Built by `npm run build` (scripts/build-app.ts); `hr21 serve` serves the same file at /. */
export const appPage = new URL('../app/index.html', import.meta.url);

/** `hr21 app`: returns the exit code. */
export async function appCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { out: { type: 'string', short: 'o' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(`${appHelp}\n`);
    return 0;
  }
  const catalogue = cliCatalogue(values.lang);
  const html = await readFile(appPage);
  const target = join(resolve(values.out ?? 'output'), 'hr21-app.html');
  await writeFileAtomic(target, html);
  process.stderr.write(`${catalogue.cli.appWritten({ file: relative(process.cwd(), target) || target, megabytes: html.length / 1024 / 1024 })}\n`);
  return 0;
}
