import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { diffJson, formatDifferences } from '../diff/index.js';
import { writeFileAtomic } from '../batch/atomic-write.js';
import { type BatchEntry, runBatch } from './batch.js';
import { batchLimits, batchOptions, batchOptionsHelp } from './batch-options.js';
import { cliCatalogue } from './language-option.js';
import { UsageError } from './usage-error.js';
import type { Catalogue } from '../messages/catalogue.js';
import { describeError } from '../messages/render.js';

export const checkHelp = `Usage: hr21 check [files, folders or globs…] --expected DIR [options]

Parses the PDFs and compares each with DIR/<stem>.json (same sub-folders as the
input), field by field: overzicht, functies, modules and warnings. The source
block (hash, metadata) is not compared, so a re-export with the same content passes.
Exit code 1 when any file differs, has no expected file, or fails to parse.

Options:
  -e, --expected DIR   folder with the expected JSON files (required)
  -u, --update         write the current results as the new expected files
${batchOptionsHelp}

Examples:
  hr21 check exports/ --expected expected/
  hr21 check exports/ --expected expected/ --update`;

/** The part of a document that a regression check compares. */
function comparable(json: string): Record<string, unknown> {
  const { overzicht, functies, modules, warnings } = JSON.parse(json) as Record<string, unknown>;
  return { overzicht, functies, modules, warnings };
}

async function readExpected(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

type Verdict = 'same' | 'differs' | 'missing' | 'failed' | 'updated';

async function checkEntry(entry: BatchEntry, expectedDir: string, update: boolean, catalogue: Catalogue): Promise<Verdict> {
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
  const expected = comparable(expectedJson);
  const differences = diffJson(expected, comparable(result.json));
  if (differences.length === 0) {
    process.stdout.write(`same ${entry.display}\n`);
    return 'same';
  }
  process.stdout.write(`DIFF ${entry.display}: ${differences.length} difference${differences.length === 1 ? '' : 's'} against ${shown}\n`);
  process.stdout.write(`${formatDifferences(differences, expected).replace(/^/gm, '  ')}\n`);
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
  const expectedDir = resolve(values.expected);
  const catalogue = cliCatalogue(values.lang);
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
  for (const entry of entries) counts[await checkEntry(entry, expectedDir, values.update === true, catalogue)]++;
  process.stderr.write(
    `${entries.length} files: ${counts.same} same, ${counts.differs} differ, ${counts.missing} without expected file, ${counts.failed} failed${counts.updated ? `, ${counts.updated} updated` : ''}\n`,
  );
  return counts.differs + counts.missing + counts.failed > 0 ? 1 : 0;
}
