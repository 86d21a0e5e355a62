import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../batch/atomic-write.js';
import { diffDocuments } from '../diff/document.js';
import { renderDiffText } from '../diff/render/text.js';
import { isHr21Error } from '../errors/hr21-error.js';
import type { Hr21Document } from '../schema/document.js';
import { documentFromJson } from '../schema/read-document.js';
import { type BatchEntry, runBatch } from './batch.js';
import { batchLimits, batchOptions, batchOptionsHelp } from './batch-options.js';
import { colorFor } from './color.js';
import { cliLanguage } from './language-option.js';
import { UsageError } from './usage-error.js';
import type { Catalogue } from '../messages/catalogue.js';
import { catalogues, type Language } from '../messages/language.js';
import { describeError } from '../messages/render.js';

export const checkHelp = `Usage: hr21 check [files, folders or globs…] --expected DIR [options]

Parses the PDFs and compares each with DIR/<stem>.json (same sub-folders as the
input) the way "hr21 diff" does, with the same wording: overzicht, functies,
modules and warnings as HR content (one removed function is one change), and here
page numbers too, since both sides come from the same PDF. The source block (hash,
metadata) is not compared, so a re-export with the same content passes.
Exit code 1 when any file differs, has no expected file, or fails to parse.

Options:
  -e, --expected DIR   folder with the expected JSON files (required)
  -u, --update         write the current results as the new expected files
${batchOptionsHelp}

Examples:
  hr21 check exports/ --expected expected/
  hr21 check exports/ --expected expected/ --update`;

async function readExpected(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

type Verdict = 'same' | 'differs' | 'missing' | 'failed' | 'updated';

interface CheckSettings {
  expectedDir: string;
  update: boolean;
  language: Language;
  catalogue: Catalogue;
}

async function checkEntry(entry: BatchEntry, { expectedDir, update, language, catalogue }: CheckSettings): Promise<Verdict> {
  const { result } = entry;
  if (!result.ok || result.json === undefined) {
    if (!result.ok) process.stdout.write(`FAIL ${catalogue.cli.failed({ file: entry.display, code: result.code, text: describeError(catalogue, result) })}\n`);
    return 'failed';
  }
  const expectedPath = join(expectedDir, `${entry.relative.replace(/\.pdf$/i, '')}.json`);
  // Shown as the user would type it; written and read by its full path.
  const shown = relative(process.cwd(), expectedPath) || expectedPath;
  if (update) {
    await writeFileAtomic(expectedPath, result.json);
    process.stdout.write(`updated ${shown}\n`);
    return 'updated';
  }
  const expectedJson = await readExpected(expectedPath);
  if (expectedJson === null) {
    process.stdout.write(`MISSING ${entry.display}: no expected file ${shown} (run with --update to create it)\n`);
    return 'missing';
  }
  let expected: Hr21Document;
  try {
    expected = documentFromJson(expectedJson);
  } catch (error) {
    if (!isHr21Error(error)) throw error;
    process.stdout.write(`FAIL ${entry.display}: ${error.code}: expected file ${shown}: ${error.message}\n`);
    return 'failed';
  }
  // Both sides come from this PDF: a page number that moved is the parser's doing.
  const diff = diffDocuments(expected, JSON.parse(result.json) as Hr21Document, { pages: true });
  if (diff.changes.length === 0) {
    process.stdout.write(`same ${entry.display}\n`);
    return 'same';
  }
  const named = { ...diff, old: { ...diff.old, file: shown }, new: { ...diff.new, file: entry.display } };
  process.stdout.write(`DIFF ${entry.display} against ${shown}\n`);
  process.stdout.write(renderDiffText(named, { language, color: colorFor(process.stdout), title: false }).replace(/^(?=.)/gm, '  '));
  return 'differs';
}

/** `hr21 check`: returns the exit code. */
export async function checkCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { ...batchOptions, expected: { type: 'string', short: 'e' }, update: { type: 'boolean', short: 'u' } },
  });
  if (values.help) {
    process.stdout.write(`${checkHelp}\n`);
    return 0;
  }
  if (values.expected === undefined) throw new UsageError('check needs --expected DIR');
  const language = cliLanguage(values.lang);
  const catalogue = catalogues[language];
  const expectedDir = resolve(values.expected);
  const { entries } = await runBatch({
    patterns: positionals,
    outDir: expectedDir,
    formats: [],
    returnJson: true,
    limits: batchLimits(values),
    quiet: true,
    catalogue,
  });
  const counts: Record<Verdict, number> = { same: 0, differs: 0, missing: 0, failed: 0, updated: 0 };
  const settings: CheckSettings = { expectedDir, update: values.update === true, language, catalogue };
  for (const entry of entries) counts[await checkEntry(entry, settings)]++;
  process.stderr.write(
    `${entries.length} files: ${counts.same} same, ${counts.differs} differ, ${counts.missing} without expected file, ${counts.failed} failed${counts.updated ? `, ${counts.updated} updated` : ''}\n`,
  );
  return counts.differs + counts.missing + counts.failed > 0 ? 1 : 0;
}
