import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../batch/atomic-write.js';
import { type BatchEntry, runBatch } from './batch.js';
import { batchLimits, batchOptions, batchOptionsHelp } from './batch-options.js';
import type { OutputFormat } from '../batch/job.js';
import { formatSummary, summarize } from './summary.js';
import { cliCatalogue } from './language-option.js';
import { UsageError } from './usage-error.js';

export const parseHelp = `Usage: hr21 parse [files, folders or globs…] [options]

Parses HR21 PDFs into <stem>.json and <stem>.md in the output folder, mirroring
input sub-folders, and writes index.json listing every input with its status.
Without arguments: every PDF below input/.

Options:
  -o, --out DIR        output folder (default: output)
  -f, --format LIST    any of json,md,csv (default: json,md); csv writes
                       <stem>.functies.csv and <stem>.taken.csv (UTF-8 with BOM)
      --csv-delimiter C  CSV separator (default: ";", for Dutch Excel; "," for others)
      --split          also write <stem>/<code>.json, one file per function
      --sources        also write <stem>.sources.json: page and rectangles of every string
      --json           print the summary as JSON on stdout (implies --quiet)
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
function manifest(entries: readonly BatchEntry[], outDir: string): string {
  const files = entries.map(({ relative, result }) => {
    if (!result.ok) return { file: relative, status: 'failed', sha256: result.sha256, error: { code: result.code, message: result.message } };
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
  return `${JSON.stringify({ files }, null, 2)}\n`;
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
    },
  });
  if (values.help) {
    process.stdout.write(`${parseHelp}\n`);
    return 0;
  }
  const outDir = resolve(values.out ?? 'output');
  const { entries, seconds } = await runBatch({
    patterns: positionals,
    outDir,
    formats: formatsOf(values.format, values.sources === true),
    split: values.split === true,
    csvDelimiter: csvDelimiterOf(values['csv-delimiter']),
    returnJson: false,
    limits: batchLimits(values),
    quiet: values.quiet === true || values.json === true,
    catalogue: cliCatalogue(values.lang),
  });
  await writeFileAtomic(join(outDir, 'index.json'), manifest(entries, outDir));
  const summary = summarize(entries.map((entry) => entry.result), seconds);
  if (values.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  else process.stderr.write(`${formatSummary(summary)}\n`);
  return summary.failed > 0 ? 1 : 0;
}
