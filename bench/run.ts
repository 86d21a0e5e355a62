/**
 * `npm run bench`: builds a reproducible corpus (the fixture PDFs and PDFs from the test-PDF
 * writer: at least 100 files and 1,000 pages, plus one 600+ page function book), runs
 * `hr21 parse` over it end to end and, when installed, poppler's `pdftotext` over the same
 * files, and prints and saves the figures (bench/results/latest.json).
 *
 * Then it measures peak RSS for batches of different sizes (hard links to the corpus files, so
 * 2,000 files cost no disk) to show that memory does not grow with the batch.
 *
 * Then start-up: the median wall time of `hr21 parse` on one small file over 15 runs.
 *
 * Options: --files N (corpus size, default 130), --book-pages N (default 600), --jobs N,
 * --rss-sizes LIST (default 200,2000; "none" to skip), --label TEXT (stored with the figures).
 */
import { spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCorpus } from './corpus.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: { files: { type: 'string' }, 'book-pages': { type: 'string' }, jobs: { type: 'string' }, 'rss-sizes': { type: 'string' }, label: { type: 'string' } },
});
const files = Number(values.files ?? 130);
const rssSizes = values['rss-sizes'] === 'none' ? [] : (values['rss-sizes'] ?? '200,2000').split(',').map(Number);
const bookPages = Number(values['book-pages'] ?? 600);
const jobs = Number(values.jobs ?? availableParallelism());

interface Summary {
  files: number;
  failed: number;
  pages: number;
  seconds: number;
  stages: Record<string, number>;
  peakRssMb: number;
}

function parseRun(input: string, out: string, workers = jobs): { wall: number; summary: Summary } {
  rmSync(out, { recursive: true, force: true });
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), 'parse', input, '--out', out, '--json', '--jobs', String(workers)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`hr21 parse failed (${run.status}): ${run.stderr.slice(0, 2000)}`);
  return { wall, summary: JSON.parse(run.stdout) as Summary };
}

function pdftotextRun(paths: string[], out: string): number | null {
  if (spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status !== 0) return null;
  mkdirSync(out, { recursive: true });
  const started = performance.now();
  paths.forEach((path, index) => {
    const run = spawnSync('pdftotext', ['-q', path, join(out, `${index}.txt`)], { stdio: 'ignore' });
    if (run.status !== 0) throw new Error(`pdftotext failed on ${path}`);
  });
  return (performance.now() - started) / 1000;
}

const pdfsIn = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.pdf'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();

const corpusDir = join(root, 'bench', 'corpus', `v2-files-${files}-book-${bookPages}`);
const built = performance.now();
const corpus = await buildCorpus(corpusDir, { files, bookPages });
const corpusSeconds = (performance.now() - built) / 1000;
const outDir = join(root, 'bench', 'out');

const batch = parseRun(join(corpusDir, 'batch'), join(outDir, 'batch'));
const batchPdftotext = pdftotextRun(pdfsIn(join(corpusDir, 'batch')), join(outDir, 'pdftotext-batch'));
// One worker for both the book and the small documents, so time per page compares like with like.
const book = parseRun(join(corpusDir, 'book'), join(outDir, 'book'), 1);
const bookPdftotext = pdftotextRun(pdfsIn(join(corpusDir, 'book')), join(outDir, 'pdftotext-book'));
const small = parseRun(join(corpusDir, 'small'), join(outDir, 'small'), 1);

/** A batch of `size` files made of hard links to the corpus files, round-robin. */
function linkedBatch(size: number): string {
  const folder = join(corpusDir, `rss-${size}`);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const sources = pdfsIn(join(corpusDir, 'batch'));
  for (let index = 0; index < size; index++) linkSync(sources[index % sources.length] as string, join(folder, `${String(index).padStart(5, '0')}.pdf`));
  return folder;
}

const rss = rssSizes.map((size) => {
  const run = parseRun(linkedBatch(size), join(outDir, `rss-${size}`));
  return { files: run.summary.files, pages: run.summary.pages, wallSeconds: round(run.wall), peakRssMb: run.summary.peakRssMb };
});

/**
 * pdftotext's cost depends on how the text is set much more than ours: browser-like glyph runs
 * in an embedded font cost it ten times what whole lines do. Both groups separately, to compare fairly.
 */
const groups = Object.entries({
  'lines and words': (name: string) => !/-(dejavuGlyphs|browserPrint)\.pdf$/.test(name),
  'glyph runs': (name: string) => /-(dejavuGlyphs|browserPrint)\.pdf$/.test(name),
}).map(([group, belongs]) => {
  const folder = join(corpusDir, `group-${group.replace(/\W+/g, '-')}`);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const members = pdfsIn(join(corpusDir, 'batch')).filter((path) => belongs(path));
  for (const path of members) linkSync(path, join(folder, path.split('/').pop() as string));
  const ours = parseRun(folder, join(outDir, `group-${group}`));
  const theirs = pdftotextRun(members, join(outDir, `pdftotext-group-${group}`));
  return { group, files: members.length, pages: ours.summary.pages, wallSeconds: round(ours.wall), pdftotextSeconds: theirs === null ? null : round(theirs), ratio: theirs === null ? null : round(ours.wall / theirs) };
});

/** Start-up as a user sees it: one small file, many runs, the median (one run on a noisy VM says little). */
const STARTUP_RUNS = 15;
const startupFile = pdfsIn(join(corpusDir, 'batch'))[0] as string;
const startupWalls = Array.from({ length: STARTUP_RUNS }, () => parseRun(startupFile, join(outDir, 'startup')));
const startupSeconds = startupWalls.map((run) => run.wall).sort((a, b) => a - b);

// With two cores and one file, the idle core extracts half of the book's pages.
const bookSplit = parseRun(join(corpusDir, 'book'), join(outDir, 'book-split'), jobs);

const stageTotal = Object.values(batch.summary.stages).reduce((sum, ms) => sum + ms, 0);
const results = {
  label: values.label ?? null,
  date: new Date().toISOString(),
  machine: { cores: availableParallelism(), node: process.version },
  corpus: { ...corpus, bytes: pdfsIn(corpusDir).reduce((sum, path) => sum + statSync(path).size, 0), buildSeconds: Math.round(corpusSeconds * 10) / 10 },
  jobs,
  batch: {
    files: batch.summary.files,
    failed: batch.summary.failed,
    pages: batch.summary.pages,
    wallSeconds: round(batch.wall),
    pagesPerSecond: Math.round(batch.summary.pages / batch.wall),
    peakRssMb: batch.summary.peakRssMb,
    stageShare: Object.fromEntries(Object.entries(batch.summary.stages).map(([stage, ms]) => [stage, round(ms / stageTotal)])),
    pdftotextSeconds: batchPdftotext === null ? null : round(batchPdftotext),
    ratio: batchPdftotext === null ? null : round(batch.wall / batchPdftotext),
  },
  book: {
    pages: book.summary.pages,
    wallSeconds: round(book.wall),
    msPerPage: round((book.wall * 1000) / book.summary.pages),
    pdftotextSeconds: bookPdftotext === null ? null : round(bookPdftotext),
    peakRssMb: book.summary.peakRssMb,
  },
  groups,
  bookSplit: { jobs, wallSeconds: round(bookSplit.wall), msPerPage: round((bookSplit.wall * 1000) / bookSplit.summary.pages) },
  rss,
  startup: {
    file: startupFile.slice(root.length),
    pages: (startupWalls[0] as { summary: Summary }).summary.pages,
    runs: STARTUP_RUNS,
    medianSeconds: round(startupSeconds[Math.floor(STARTUP_RUNS / 2)] as number),
    minSeconds: round(startupSeconds[0] as number),
    maxSeconds: round(startupSeconds[STARTUP_RUNS - 1] as number),
  },
  smallDocuments: { files: small.summary.files, pages: small.summary.pages, wallSeconds: round(small.wall), msPerPage: round((small.wall * 1000) / small.summary.pages) },
};

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
const line = (label: string, value: unknown) => process.stdout.write(`${label.padEnd(34)} ${value}\n`);
line('corpus', `${results.corpus.files} files, ${results.corpus.pages} pages (+ book of ${results.corpus.bookPages} pages)`);
line('hr21 parse: wall', `${results.batch.wallSeconds} s, ${results.batch.pagesPerSecond} pages/s, ${jobs} jobs`);
line('hr21 parse: peak RSS', `${results.batch.peakRssMb} MB`);
line('stage share', Object.entries(results.batch.stageShare).map(([stage, share]) => `${stage} ${(share * 100).toFixed(1)}%`).join(', '));
line('pdftotext (sequential): wall', results.batch.pdftotextSeconds === null ? 'not installed (apt-get install -y poppler-utils)' : `${results.batch.pdftotextSeconds} s`);
line('ratio ours / pdftotext', results.batch.ratio ?? '-');
line(`book (${results.book.pages} pages), 1 job`, `${results.book.wallSeconds} s, ${results.book.msPerPage} ms/page, pdftotext ${results.book.pdftotextSeconds ?? '-'} s`);
for (const group of results.groups) line(`  ${group.group} (${group.files} files)`, `${group.wallSeconds} s vs pdftotext ${group.pdftotextSeconds ?? '-'} s, ratio ${group.ratio ?? '-'}`);
line(`book, ${jobs} jobs (pages split)`, `${results.bookSplit.wallSeconds} s, ${results.bookSplit.msPerPage} ms/page`);
for (const run of results.rss) line(`peak RSS, batch of ${run.files} files`, `${run.peakRssMb} MB (${run.pages} pages in ${run.wallSeconds} s)`);
line(`start-up, one ${results.startup.pages}-page file`, `median ${results.startup.medianSeconds} s over ${STARTUP_RUNS} runs (${results.startup.minSeconds}–${results.startup.maxSeconds} s)`);
line(`10 × the 34-page fixture, 1 job`, `${results.smallDocuments.wallSeconds} s, ${results.smallDocuments.msPerPage} ms/page`);
