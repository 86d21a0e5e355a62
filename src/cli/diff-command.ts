import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../batch/atomic-write.js';
import { diffDocuments } from '../diff/document.js';
import type { Language } from '../messages/language.js';
import { cliLanguage } from './language-option.js';
import { renderDiffHtml } from '../diff/render/html.js';
import { renderDiffJson } from '../diff/render/json.js';
import { renderDiffMarkdown } from '../diff/render/markdown.js';
import { renderDiffText } from '../diff/render/text.js';
import type { DocumentDiff } from '../schema/diff.js';
import { batchLimits, batchOptions } from './batch-options.js';
import { colorFor } from './color.js';
import { readSides } from './diff-sides.js';
import { UsageError } from './usage-error.js';

export const diffHelp = `Usage: hr21 diff OLD NEW [options]

Compares two editions of a functieboek (or a new export with the last one) as HR
content: functions paired by code (then by naam), modules by naam, overview rows by
the function they point to, resultaatgebieden by titel and nummer; an inserted taak
is one addition, a reworded one one change, a reordered one one move. Page numbers
that only shifted are not changes. OLD and NEW are each a PDF or a JSON output of
hr21 parse.

Prints one block per function: + added, - removed, ~ changed, ↕ moved, the words
that changed marked (in colour at a terminal; NO_COLOR or a pipe gives [-old-] {+new+}).

Exit code: 0 when equal, 1 when they differ, 2 on a usage error or a side that
cannot be read (its coded error, e.g. HR21_NOT_PDF, on stderr).

Options:
      --json           the change list as JSON (same as --format json)
  -f, --format F       text (default), md, html or json
  -o, --out FILE       write the report to FILE instead of stdout
      --lang nl|en     language of the report (default: HR21_LANG, else LANG when it
                       is Dutch or English, else English)
      --timeout S      seconds one PDF may take (default: 60)
      --max-pages N    refuse PDFs with more pages (default: 10000)
      --max-bytes N    refuse files larger than N bytes (default: 209715200)
      --memory MB      heap limit per PDF (default: 1024)
      --password PW    user password for encrypted PDFs
  -h, --help           this help

Examples:
  hr21 diff functieboek-2025.pdf functieboek-2026.pdf
  hr21 diff output/functieboek-2025.json functieboek-2026.pdf --format html --out wijzigingen.html --lang nl
  hr21 diff old.pdf new.pdf --json | jq '.changes[] | select(.subject == "functie")'`;

const FORMATS = ['text', 'md', 'html', 'json'] as const;
type Format = (typeof FORMATS)[number];

function render(diff: DocumentDiff, format: Format, language: Language, color: boolean): string {
  switch (format) {
    case 'json':
      return renderDiffJson(diff);
    case 'md':
      return renderDiffMarkdown(diff, { language });
    case 'html':
      return renderDiffHtml(diff, { language });
    case 'text':
      return renderDiffText(diff, { language, color });
  }
}

/** `hr21 diff`: returns the exit code. */
export async function diffCommand(argv: string[]): Promise<number> {
  const { timeout, 'max-pages': maxPages, 'max-bytes': maxBytes, memory, password, help } = batchOptions;
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      timeout,
      'max-pages': maxPages,
      'max-bytes': maxBytes,
      memory,
      password,
      help,
      json: { type: 'boolean' },
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      lang: { type: 'string' },
    },
  });
  if (values.help) {
    process.stdout.write(`${diffHelp}\n`);
    return 0;
  }
  if (positionals.length !== 2) throw new UsageError(`diff takes two files, OLD and NEW (got ${positionals.length})`);
  const format = values.json ? 'json' : (values.format ?? 'text').toLowerCase();
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format "${values.format}" (choose from ${FORMATS.join(', ')})`);
  if (values.json && values.format !== undefined && values.format !== 'json') throw new UsageError('--json and --format cannot both be given');
  const language = cliLanguage(values.lang);
  const limits = batchLimits(values);

  const shown = positionals.map((path) => relative(process.cwd(), resolve(path)) || path);
  const sides = await readSides(positionals, limits);
  let failed = false;
  sides.forEach((side, index) => {
    if (side.ok) return;
    failed = true;
    process.stderr.write(`FAIL ${shown[index]}: ${side.error.code}: ${side.error.message}\n`);
  });
  if (failed) return 2;
  const [old, neu] = sides as [Extract<(typeof sides)[number], { ok: true }>, Extract<(typeof sides)[number], { ok: true }>];

  const diff = diffDocuments(old.document, neu.document);
  // People read the names they typed; the JSON keeps each document's own source (its PDF and hash).
  const named = format === 'json' ? diff : { ...diff, old: { ...diff.old, file: shown[0] as string }, new: { ...diff.new, file: shown[1] as string } };
  const report = render(named, format as Format, language, values.out === undefined && colorFor(process.stdout));
  if (values.out === undefined) process.stdout.write(report);
  else {
    await writeFileAtomic(resolve(values.out), report);
    process.stderr.write(`wrote ${relative(process.cwd(), resolve(values.out)) || values.out}: ${diff.changes.length} change${diff.changes.length === 1 ? '' : 's'}\n`);
  }
  return diff.changes.length === 0 ? 0 : 1;
}
