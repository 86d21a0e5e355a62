#!/usr/bin/env node
import { createRequire } from 'node:module';
import { UsageError } from './usage-error.js';

const help = `hr21: HR21 job-description PDFs to JSON and Markdown

Usage: hr21 <command> [options]

Commands:
  parse [paths…]     parse PDFs into JSON and Markdown (default: input/ → output/)
  check [paths…]     compare parsed PDFs with expected JSON files (regression check)
  diff OLD NEW       what changed between two editions (PDF or JSON): a change report
  inspect FILE.pdf   write an HTML page showing what the parser made of each line
  app                write the web page for HR staff (one self-contained HTML file)
  schema             print the JSON Schema of the output
  serve              run the HTTP API (POST /v1/parse; docs at /docs)

Options:
  -h, --help         help (also: hr21 <command> --help)
  -v, --version      version

Examples:
  hr21 parse
  hr21 parse exports/ --out json/
  hr21 check exports/ --expected expected/
  hr21 diff functieboek-2025.pdf functieboek-2026.pdf --format html --out wijzigingen.html
  hr21 inspect input/hr21-normfuncties-selectie.pdf
  hr21 app --out intranet/
  hr21 schema > hr21.schema.json
  hr21 serve --port 8021 --jobs 2`;

function version(): string {
  const require = createRequire(import.meta.url);
  return (require('../../package.json') as { version: string }).version;
}

/** Dispatches to a command, importing only that command's code so start-up stays fast. */
async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'parse':
      return (await import('./parse-command.js')).parseCommand(rest);
    case 'check':
      return (await import('./check-command.js')).checkCommand(rest);
    case 'diff':
      return (await import('./diff-command.js')).diffCommand(rest);
    case 'inspect':
      return (await import('./inspect-command.js')).inspectCommand(rest);
    case 'app':
      return (await import('./app-command.js')).appCommand(rest);
    case 'schema':
      return (await import('./schema-command.js')).schemaCommand(rest);
    case 'serve':
      return (await import('./serve-command.js')).serveCommand(rest);
    case '-v':
    case '--version':
      process.stdout.write(`${version()}\n`);
      return 0;
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      process.stdout.write(`${help}\n`);
      return command === undefined ? 2 : 0;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || (error as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`hr21: ${(error as Error).message}\nRun "hr21 --help" for usage.\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`hr21: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
