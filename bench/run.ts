/**
 * `npm run bench`: builds a reproducible corpus (the fixture PDFs and PDFs from the test-PDF
 * writer: at least 100 files and 1,000 pages, plus one 600+ page function book), runs
 * `hr21 parse` over it end to end and, when installed, poppler's `pdftotext` over the same
 * files, and prints and saves the figures (bench/results/latest.json).
 *
 * Then it measures peak RSS for batches of different sizes (hard links to the corpus files, so
 * 2,000 files cost no disk) to show that memory does not grow with the batch.
 *
 * Then per group of documents (the sample's own style, files set as lines or words, files set as
 * glyph runs): `hr21 parse`, bare pdf.js text extraction (with pdf.js as installed, and with the
 * parser's own pdf.js build) and `pdftotext`, side by side.
 *
 * Then start-up: the median wall time of `hr21 parse` on one small file over 15 runs; and how
 * long the tests' hostile-PDF builder takes for a 600-page file (a figure, not a timed test).
 *
 * Options: --files N (corpus size, default 130), --book-pages N (default 600),
 * --sample-style-files N (default 40), --jobs N, --rounds N (of each group measurement, default
 * 3: the fastest counts, as one run on a shared machine says little), --rss-sizes LIST (default
 * 200,2000; "none" to skip), --groups-only (stop after the groups, which are saved first, marked
 * partial), --label TEXT (stored with the figures). `npm run bench:table` writes the README's
 * table from the saved figures.
 */
import { spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCorpus } from './corpus.js';
import { buildFloorPdfJs } from './floor-pdfjs.js';
import { manyPages } from '../tests/support/hostile/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    files: { type: 'string' },
    'book-pages': { type: 'string' },
    'sample-style-files': { type: 'string' },
    jobs: { type: 'string' },
    rounds: { type: 'string' },
    'rss-sizes': { type: 'string' },
    label: { type: 'string' },
    'groups-only': { type: 'boolean' },
  },
});
const files = Number(values.files ?? 130);
const rssSizes = values['rss-sizes'] === 'none' ? [] : (values['rss-sizes'] ?? '200,2000').split(',').map(Number);
const bookPages = Number(values['book-pages'] ?? 600);
const jobs = Number(values.jobs ?? availableParallelism());
const sampleStyleFiles = Number(values['sample-style-files'] ?? 40);
const rounds = Number(values.rounds ?? 3);

interface Summary {
  files: number;
  failed: number;
  pages: number;
  seconds: number;
  stages: Record<string, number>;
  peakRssMb: number;
}

interface Measured {
  stdout: string;
  /** Wall seconds. */
  wall: number;
  /** User + system CPU seconds of the command and every process it started, as bash's `times` counts them. */
  cpu: number;
}

/**
 * Runs a command under bash and reads its children's CPU time from `times`: on a machine shared
 * with other work, CPU seconds move much less than wall seconds.
 */
function measured(command: string, args: string[], what: string): Measured {
  const stdoutFile = join(outDir, 'stdout.tmp');
  mkdirSync(outDir, { recursive: true });
  const script = 'out="$1"; shift; "$@" > "$out"; status=$?; times >&2; exit $status';
  const started = performance.now();
  const run = spawnSync('bash', ['-c', script, 'bash', stdoutFile, command, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wall = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`${what} failed (${run.status}): ${run.stderr.slice(0, 2000)}`);
  // The last line of `times`: the children's user and system time, e.g. "0m6.187s 0m0.857s".
  const children = run.stderr.trim().split('\n').at(-1) ?? '';
  const cpu = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, [, minutes, seconds]) => sum + Number(minutes) * 60 + Number(seconds), 0);
  return { stdout: readFileSync(stdoutFile, 'utf8'), wall, cpu };
}

function parseRun(input: string, out: string, workers = jobs): Measured & { summary: Summary } {
  rmSync(out, { recursive: true, force: true });
  const run = measured(process.execPath, [join(root, 'dist/cli/main.js'), 'parse', input, '--out', out, '--json', '--jobs', String(workers)], 'hr21 parse');
  return { ...run, summary: JSON.parse(run.stdout) as Summary };
}

/** pdftotext once per file, one after the other, as a shell script would run it. */
function pdftotextRun(paths: string[], out: string): Measured | null {
  if (spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status !== 0) return null;
  mkdirSync(out, { recursive: true });
  const loop = 'out="$1"; shift; i=0; for f in "$@"; do i=$((i+1)); pdftotext -q "$f" "$out/$i.txt" || exit 1; done';
  return measured('bash', ['-c', loop, 'bash', out, ...paths], 'pdftotext');
}

const pdfsIn = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.pdf'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();

/** The one-minute load average as the measuring starts: the machine may be shared. */
const loadStart = loadavg()[0] as number;
const benchStarted = performance.now();
const corpusDir = join(root, 'bench', 'corpus', `v3-files-${files}-book-${bookPages}-sample-style-${sampleStyleFiles}`);
const built = performance.now();
const corpus = await buildCorpus(corpusDir, { files, bookPages, sampleStyleFiles });
const corpusSeconds = (performance.now() - built) / 1000;
const outDir = join(root, 'bench', 'out');

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Each stage's share of the time the files spent in the pipeline. */
function stageShare(stages: Record<string, number>): Record<string, number> {
  const total = Object.values(stages).reduce((sum, ms) => sum + ms, 0);
  return Object.fromEntries(Object.entries(stages).map(([stage, ms]) => [stage, round3(ms / total)]));
}

/** bench/bare-extract.mjs: pdf.js's getTextContent of every page, nothing else; pdf.js from `pdfjs` when given. */
function bareRun(paths: string[], workers: number, pdfjs?: string): Measured {
  return measured(process.execPath, [join(root, 'bench', 'bare-extract.mjs'), '--jobs', String(workers), ...(pdfjs ? ['--pdfjs', pdfjs] : []), ...paths], 'bare extraction');
}

/** pdf.js with the parsing threads' changes (scripts/pdfjs-worker-plugin.ts), for the second floor. */
const floorPdfJs = await buildFloorPdfJs(root, outDir);

/**
 * Per group of documents, side by side: `hr21 parse`, bare pdf.js text extraction with the same
 * number of threads (the floor for a parser built on pdf.js) twice, with pdf.js as installed and
 * with the parser's own build of it (whose text-state copies are flat: a fifth to a quarter
 * faster on sample-style pages), and poppler's `pdftotext`, whose
 * cost depends on how the text is set much more than ours: browser-like glyph runs in an
 * embedded font cost it ten times what whole lines do. At 1 job and at --jobs; each pair of
 * runs interleaved, --rounds times.
 */
const groupJobs = [...new Set([1, jobs])];
const byStyle = (pattern: RegExp, wanted: boolean) => pdfsIn(join(corpusDir, 'batch')).filter((path) => pattern.test(path) === wanted);
const glyphRuns = /-(dejavuGlyphs|browserPrint)\.pdf$/;
const groups = Object.entries({
  'sample style': pdfsIn(join(corpusDir, 'sample-style')),
  'lines and words': byStyle(glyphRuns, false),
  'glyph runs': byStyle(glyphRuns, true),
}).map(([group, members]) => {
  const folder = join(corpusDir, `group-${group.replace(/\W+/g, '-')}`);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const path of members) linkSync(path, join(folder, path.split('/').pop() as string));
  const out = join(outDir, `group-${group}`);
  let pages = 0;
  const runs = groupJobs.map((workers) => {
    const hr21: Measured[] = [];
    const bare: Measured[] = [];
    const bareBuild: Measured[] = [];
    let last: { summary: Summary } | undefined;
    for (let round = 0; round < rounds; round++) {
      const ours = parseRun(folder, out, workers);
      last = ours;
      pages = ours.summary.pages;
      hr21.push(ours);
      bare.push(bareRun(members, workers));
      bareBuild.push(bareRun(members, workers, floorPdfJs));
    }
    const best = (values: Measured[], key: 'wall' | 'cpu') => Math.min(...values.map((value) => value[key]));
    return {
      jobs: workers,
      hr21Seconds: hr21.map((run) => round3(run.wall)),
      bareSeconds: bare.map((run) => round3(run.wall)),
      hr21CpuSeconds: hr21.map((run) => round3(run.cpu)),
      bareCpuSeconds: bare.map((run) => round3(run.cpu)),
      /** The floor on the parser's own pdf.js build. */
      bareBuildSeconds: bareBuild.map((run) => round3(run.wall)),
      bareBuildCpuSeconds: bareBuild.map((run) => round3(run.cpu)),
      /** Fastest of the rounds against fastest. */
      ratioToBare: round3(best(hr21, 'wall') / best(bare, 'wall')),
      cpuRatioToBare: round3(best(hr21, 'cpu') / best(bare, 'cpu')),
      ratioToBareBuild: round3(best(hr21, 'wall') / best(bareBuild, 'wall')),
      cpuRatioToBareBuild: round3(best(hr21, 'cpu') / best(bareBuild, 'cpu')),
      stageShare: stageShare(last?.summary.stages ?? {}),
    };
  });
  const theirs = pdftotextRun(members, join(outDir, `pdftotext-group-${group}`));
  const bestAt = (workers: number) => Math.min(...(runs.find((run) => run.jobs === workers)?.hr21Seconds ?? [Number.NaN]));
  return {
    group,
    files: members.length,
    pages,
    runs,
    pdftotextSeconds: theirs === null ? null : round3(theirs.wall),
    pdftotextCpuSeconds: theirs === null ? null : round3(theirs.cpu),
    ratioToPdftotext: theirs === null ? null : round3(bestAt(jobs) / theirs.wall),
  };
});

// Saved at once, marked partial: on a busy machine the rest of the run may take long.
const header = { label: values.label ?? null, date: new Date().toISOString(), machine: { cores: availableParallelism(), node: process.version }, rounds, jobs, loadAverage: { start: round3(loadStart), end: round3(loadavg()[0] as number) } };
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'latest.json'), `${JSON.stringify({ ...header, partial: 'groups only: the rest of the run had not finished', corpus, groups }, null, 2)}\n`);
if (values['groups-only']) {
  process.stdout.write(`${JSON.stringify(groups, null, 2)}\n`);
  process.exit(0);
}

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
  return { files: run.summary.files, pages: run.summary.pages, wallSeconds: round3(run.wall), peakRssMb: run.summary.peakRssMb };
});

/** Start-up as a user sees it: one small file, many runs, the median (one run on a noisy VM says little). */
const STARTUP_RUNS = 15;
const startupFile = pdfsIn(join(corpusDir, 'batch'))[0] as string;
const startupWalls = Array.from({ length: STARTUP_RUNS }, () => parseRun(startupFile, join(outDir, 'startup')));
const startupSeconds = startupWalls.map((run) => run.wall).sort((a, b) => a - b);

// With two cores and one file, the idle core extracts half of the book's pages.
const bookSplit = parseRun(join(corpusDir, 'book'), join(outDir, 'book-split'), jobs);

/** The tests' builder of many-page PDFs (page-limit tests): timed here, not in the test, since a busy machine fails a timed test. */
const BUILDER_RUNS = 5;
const builderSeconds: number[] = [];
for (let run = 0; run < BUILDER_RUNS; run++) {
  const started = performance.now();
  await manyPages(600);
  builderSeconds.push((performance.now() - started) / 1000);
}
builderSeconds.sort((a, b) => a - b);

const results = {
  ...header,
  loadAverage: { start: header.loadAverage.start, end: round3(loadavg()[0] as number) },
  /** The whole run, corpus build included. */
  runSeconds: Math.round((performance.now() - benchStarted) / 1000),
  corpus: { ...corpus, bytes: pdfsIn(corpusDir).reduce((sum, path) => sum + statSync(path).size, 0), buildSeconds: Math.round(corpusSeconds * 10) / 10 },
  batch: {
    files: batch.summary.files,
    failed: batch.summary.failed,
    pages: batch.summary.pages,
    wallSeconds: round3(batch.wall),
    pagesPerSecond: Math.round(batch.summary.pages / batch.wall),
    peakRssMb: batch.summary.peakRssMb,
    stageShare: stageShare(batch.summary.stages),
    pdftotextSeconds: batchPdftotext === null ? null : round3(batchPdftotext.wall),
    ratio: batchPdftotext === null ? null : round3(batch.wall / batchPdftotext.wall),
  },
  book: {
    pages: book.summary.pages,
    wallSeconds: round3(book.wall),
    msPerPage: round3((book.wall * 1000) / book.summary.pages),
    pdftotextSeconds: bookPdftotext === null ? null : round3(bookPdftotext.wall),
    peakRssMb: book.summary.peakRssMb,
  },
  groups,
  bookSplit: { jobs, wallSeconds: round3(bookSplit.wall), msPerPage: round3((bookSplit.wall * 1000) / bookSplit.summary.pages) },
  rss,
  startup: {
    file: startupFile.slice(root.length),
    pages: (startupWalls[0] as { summary: Summary }).summary.pages,
    runs: STARTUP_RUNS,
    medianSeconds: round3(startupSeconds[Math.floor(STARTUP_RUNS / 2)] as number),
    minSeconds: round3(startupSeconds[0] as number),
    maxSeconds: round3(startupSeconds[STARTUP_RUNS - 1] as number),
  },
  builders: { manyPages600: { runs: BUILDER_RUNS, medianSeconds: round3(builderSeconds[Math.floor(BUILDER_RUNS / 2)] as number), maxSeconds: round3(builderSeconds[BUILDER_RUNS - 1] as number) } },
  smallDocuments: { files: small.summary.files, pages: small.summary.pages, wallSeconds: round3(small.wall), msPerPage: round3((small.wall * 1000) / small.summary.pages) },
};


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
for (const group of results.groups) {
  line(`${group.group} (${group.files} files, ${group.pages} pages)`, `pdftotext ${group.pdftotextSeconds ?? '-'} s (CPU ${group.pdftotextCpuSeconds ?? '-'} s), hr21 at ${jobs} jobs / pdftotext ${group.ratioToPdftotext ?? '-'}`);
  for (const run of group.runs) {
    line(
      `  ${run.jobs} job${run.jobs === 1 ? '' : 's'}, wall`,
      `hr21 parse ${run.hr21Seconds.join(', ')} s; bare pdf.js ${run.bareSeconds.join(', ')} s, ratio ${run.ratioToBare}; on the parser's pdf.js ${run.bareBuildSeconds.join(', ')} s, ratio ${run.ratioToBareBuild}`,
    );
    line(
      `  ${run.jobs} job${run.jobs === 1 ? '' : 's'}, CPU`,
      `hr21 parse ${run.hr21CpuSeconds.join(', ')} s; bare pdf.js ${run.bareCpuSeconds.join(', ')} s, ratio ${run.cpuRatioToBare}; on the parser's pdf.js ${run.bareBuildCpuSeconds.join(', ')} s, ratio ${run.cpuRatioToBareBuild}`,
    );
  }
}
line(`book, ${jobs} jobs (pages split)`, `${results.bookSplit.wallSeconds} s, ${results.bookSplit.msPerPage} ms/page`);
for (const run of results.rss) line(`peak RSS, batch of ${run.files} files`, `${run.peakRssMb} MB (${run.pages} pages in ${run.wallSeconds} s)`);
line(`start-up, one ${results.startup.pages}-page file`, `median ${results.startup.medianSeconds} s over ${STARTUP_RUNS} runs (${results.startup.minSeconds}–${results.startup.maxSeconds} s)`);
line('test builder: manyPages(600)', `median ${results.builders.manyPages600.medianSeconds} s over ${BUILDER_RUNS} runs (max ${results.builders.manyPages600.maxSeconds} s)`);
line(`10 × the 34-page fixture, 1 job`, `${results.smallDocuments.wallSeconds} s, ${results.smallDocuments.msPerPage} ms/page`);
