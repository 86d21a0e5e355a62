import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../batch/atomic-write.js';
import { type BatchEntry, runBatch } from './batch.js';
import { batchLimits, batchOptions, batchOptionsHelp } from './batch-options.js';
import type { OutputFormat } from '../batch/job.js';
import type { SkippedEntry } from '../batch/inputs.js';
import { earlierOutputs, removeStaleOutputs } from '../batch/stale-outputs.js';
import { formatSummary, summarize } from './summary.js';
import { cliCatalogue } from './language-option.js';
import { UsageError } from './usage-error.js';

export const parseHelp = `Usage: hr21 parse [files, folders or globs…] [options]

Parses HR21 PDFs into <stem>.json and <stem>.md in the output folder, mirroring
input sub-folders, and writes index.json listing every input with its status.
Without arguments: every PDF below input/. A path that cannot be read (missing, a
link loop or dangling link, no permission, a FIFO or device) fails with HR21_IO
and costs that path only. A file that fails loses the outputs an earlier run
wrote for it, so the output folder matches this run's inputs.

Options:
  -o, --out DIR        output folder (default: output)
  -f, --format LIST    any of json,md,csv (default: json,md); csv writes
                       <stem>.functies.csv and <stem>.taken.csv (UTF-8 with BOM)
      --csv-delimiter C  CSV separator (default: ";", for Dutch Excel; "," for others)
      --split          also write <stem>/<code>.json, one file per function
      --sources        also write <stem>.sources.json: page and rectangles of every string
      --json           print the summary as JSON on stdout (implies --quiet)
  -v, --verbose        also list the entries below folders that are skipped (not PDFs)
${batchOptionsHelp}

Examples:
  hr21 parse
  hr21 parse exports/2026 --out json/2026 --jobs 2
  hr21 parse "exports/**/*.pdf" --format json --quiet
  hr21 parse exports/ --format json,csv --split`;

const FORMATS = ['json', 'md', 'csv'] as const;
const DEFAULT_FORMATS = ['json', 'md'];

function formatsOf(value: string | undefined, sources: boolean): OutputFormat[] {
  const formats = value === undefined ? DEFAULT_FORMATS : value.split(',').map((format) => format.trim().toLowerCase());
  for (const format of formats) {
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format "${format}" (choose from ${FORMATS.join(', ')})`);
  }
  return [...new Set(formats as OutputFormat[]), ...(sources ? (['sources'] as const) : [])];
}

function csvDelimiterOf(value: string | undefined): string {
  if (value === undefined) return ';';
  const delimiter = value === '\\t' ? '\t' : value;
  if (delimiter.length !== 1 || /["\r\n]/.test(delimiter)) throw new UsageError(`--csv-delimiter takes one character other than a quote or newline, not "${value}"`);
  return delimiter;
}

/** index.json: what a script needs to know about the run without reading every output. */
function manifest(entries: readonly BatchEntry[], skipped: readonly SkippedEntry[], removed: ReadonlyMap<BatchEntry, string[]>, outDir: string): string {
  const files = entries.map((entry) => {
    const { relative, result } = entry;
    if (!result.ok) {
      const gone = removed.get(entry) ?? [];
      return { file: relative, status: 'failed', sha256: result.sha256, error: { code: result.code, message: result.message }, ...(gone.length > 0 ? { removedOutputs: gone } : {}) };
    }
    return {
      file: relative,
      status: result.warnings.length > 0 ? 'warnings' : 'ok',
      sha256: result.sha256,
      pages: result.pages,
      functies: result.functies,
      modules: result.modules,
      outputs: result.outputs.map((output) => output.slice(outDir.length + 1)),
      warnings: result.warnings,
    };
  });
  return `${JSON.stringify({ files, skipped: skipped.map((entry) => ({ file: entry.relative, reason: entry.reason })) }, null, 2)}\n`;
}

/** A file that failed now keeps nothing from an earlier run: the folder matches this run's inputs. */
async function removeOutputsOfFailures(entries: readonly BatchEntry[], outDir: string): Promise<Map<BatchEntry, string[]>> {
  const earlier = await earlierOutputs(outDir);
  const removed = new Map<BatchEntry, string[]>();
  for (const entry of entries) {
    if (entry.result.ok || entry.folder) continue;
    const gone = await removeStaleOutputs(outDir, entry.job.outStem, earlier.get(entry.relative) ?? []);
    if (gone.length > 0) removed.set(entry, gone);
  }
  return removed;
}

/** `hr21 parse`: returns the exit code. */
export async function parseCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...batchOptions,
      out: { type: 'string', short: 'o' },
      format: { type: 'string', short: 'f' },
      sources: { type: 'boolean' },
      split: { type: 'boolean' },
      'csv-delimiter': { type: 'string' },
      json: { type: 'boolean' },
      verbose: { type: 'boolean', short: 'v' },
    },
  });
  if (values.help) {
    process.stdout.write(`${parseHelp}\n`);
    return 0;
  }
  const outDir = resolve(values.out ?? 'output');
  const { entries, skipped, seconds } = await runBatch({
    patterns: positionals,
    outDir,
    formats: formatsOf(values.format, values.sources === true),
    split: values.split === true,
    csvDelimiter: csvDelimiterOf(values['csv-delimiter']),
    returnJson: false,
    limits: batchLimits(values),
    quiet: values.quiet === true || values.json === true,
    verbose: values.verbose === true,
    catalogue: cliCatalogue(values.lang),
  });
  const removed = await removeOutputsOfFailures(entries, outDir);
  await writeFileAtomic(join(outDir, 'index.json'), manifest(entries, skipped, removed, outDir));
  const summary = summarize(
    entries.map((entry) => entry.result),
    seconds,
    { skipped: skipped.length, removedOutputs: [...removed.values()].reduce((sum, gone) => sum + gone.length, 0) },
  );
  if (values.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  else process.stderr.write(`${formatSummary(summary)}\n`);
  return summary.failed > 0 ? 1 : 0;
}
