import { readFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../batch/atomic-write.js';
import { type CodedError, codedError, isHr21Error } from '../errors/hr21-error.js';
import { inspectHtml, inspectModel } from '../inspect/index.js';
import { parsePdfDetailed } from '../parse-pdf.js';
import { cliLanguage } from './language-option.js';
import { UsageError } from './usage-error.js';
import { catalogues } from '../messages/language.js';
import { describeError } from '../messages/render.js';

export const inspectHelp = `Usage: hr21 inspect FILE.pdf [--out DIR]

Writes DIR/<stem>.inspect.html (default DIR: output): one self-contained page that shows
every page of the PDF with a coloured box over each line by what it became (header
field, functiereeks/functiegroep text, kenmerk, taak, module, overview cell, furniture,
warning). Hover a box for its JSON Pointer; click a warning to jump to its page.

Options:
  -o, --out DIR        output folder (default: output)
      --password PW    user password for an encrypted PDF
      --lang nl|en     language of the page and of this command's lines (default: HR21_LANG,
                       else LANG when it is Dutch or English, else English)
  -h, --help           this help

Example:
  hr21 inspect input/hr21-normfuncties-selectie.pdf && open output/hr21-normfuncties-selectie.inspect.html`;

/** `hr21 inspect`: returns the exit code. */
export async function inspectCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { out: { type: 'string', short: 'o' }, password: { type: 'string' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(`${inspectHelp}\n`);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UsageError('inspect takes exactly one PDF');
  const language = cliLanguage(values.lang);
  const catalogue = catalogues[language];
  const started = performance.now();
  const display = relative(process.cwd(), resolve(file)) || file;
  try {
    const bytes = new Uint8Array(await readFile(file));
    const outcome = await parsePdfDetailed(bytes, { fileName: basename(file), ...(values.password ? { password: values.password } : {}) });
    const html = await inspectHtml(inspectModel(outcome.document, outcome.layout, outcome.roles, outcome.warnings), bytes, language);
    const target = join(resolve(values.out ?? 'output'), `${basename(file).replace(/\.pdf$/i, '')}.inspect.html`);
    await writeFileAtomic(target, html);
    const seconds = (performance.now() - started) / 1000;
    process.stderr.write(`${catalogue.cli.inspectWritten({ file: relative(process.cwd(), target) || target, megabytes: html.length / 1024 / 1024, seconds })}\n`);
    return 0;
  } catch (error) {
    if (!isHr21Error(error) && typeof (error as NodeJS.ErrnoException).syscall !== 'string') throw error;
    const coded: CodedError = isHr21Error(error) ? codedError(error) : { code: 'HR21_IO', message: (error as Error).message, params: { detail: (error as Error).message } };
    process.stderr.write(`FAIL ${catalogue.cli.failed({ file: display, code: coded.code, text: describeError(catalogue, coded) })}\n`);
    return 1;
  }
}
