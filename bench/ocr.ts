/**
 * `npm run bench:ocr`: how well and how fast scanned and printed-to-PDF HR21 exports are read.
 *
 * Builds a reproducible corpus (bench/corpus/ocr-v2-N/, ignored by git): each of the sample's 15
 * functions and 5 more, as single exports from the test-PDF writer in its styles, then
 * "scanned" back (pdf.js + canvas with pdf.js's standard fonts: grey paper, JPEG, specks, 1.5°
 * askew either way, every fourth document with its last page upside down) at 300 and 200 dpi,
 * and "printed" through PostScript and Ghostscript. Every variant is parsed by
 * `hr21 parse --jobs 2` and compared with what was rendered, field by field and character by
 * character; the wrong fields are listed with the kind of error, and the scans' documents are
 * also scored apart by how they lay on the glass (skew either way, a page upside down).
 *
 * Speed: the same 300-dpi subset parsed with --jobs 1 and --jobs 2, one after the other in one
 * run; seconds per page (wall), CPU seconds per page (GNU time: the process and all its
 * threads), the machine's load before and after, and peak RSS (whole process, OCR threads
 * included). Results go to bench/results/ocr.json.
 *
 * Options: --documents N (default 20), --speed-documents N (default 6; 0 skips the speed runs),
 * --variants LIST (default scan-300dpi,scan-200dpi,printed), --label TEXT, --score-only (no
 * parsing: scores the outputs a run still going or cut short has written so far, and says so). Every run passes a
 * generous --timeout: on a shared machine the default would measure the machine's load instead.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { editDistance } from '../src/ocr/edit-distance.js';
import type { Functie, Hr21Document } from '../src/schema/document.js';
import { countFields } from '../tests/support/field-count.js';
import { renderHr21Pdf, styles } from '../tests/support/render/index.js';
import { printToPdf, type ScanVariant, scanPdf } from '../tests/support/scan/index.js';
import { seedExpectedPath } from '../tests/support/seed.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { documents: { type: 'string' }, 'speed-documents': { type: 'string' }, variants: { type: 'string' }, label: { type: 'string' }, 'score-only': { type: 'boolean' } } });
const scoreOnly = values['score-only'] === true;
const documents = Number(values.documents ?? 20);
const speedDocuments = Number(values['speed-documents'] ?? 6);

const seed = JSON.parse(readFileSync(seedExpectedPath, 'utf8')) as Hr21Document;
const styleList = Object.values(styles);

const scans: ScanVariant[] = [
  { name: 'scan-300dpi', dpi: 300, jpegQuality: 0.75, speckles: 20, paper: 235 },
  { name: 'scan-200dpi', dpi: 200, jpegQuality: 0.75, speckles: 20, paper: 235 },
];

function single(functie: Functie): Hr21Document {
  return {
    schemaVersion: 1,
    source: { file: 'bench.pdf', sha256: '0'.repeat(64), pageCount: 0, title: null, producer: null },
    overzicht: [],
    functies: [{ ...functie, modules: [] }],
    modules: [],
    warnings: [],
  };
}

const content = (document: Hr21Document) => ({ functies: document.functies });

/** Every string of a JSON value by JSON Pointer. */
function strings(value: unknown, pointer = '', into = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') into.set(pointer, value);
  else if (Array.isArray(value)) value.forEach((item, index) => strings(item, `${pointer}/${index}`, into));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) strings(item, `${pointer}/${key}`, into);
  return into;
}

/** Characters of the expected strings that came back, by edit distance at the same place. */
function characters(expected: unknown, actual: unknown): { correct: number; total: number } {
  const got = strings(actual);
  let correct = 0;
  let total = 0;
  for (const [pointer, text] of strings(expected)) {
    total += text.length;
    correct += Math.max(0, text.length - editDistance(text, got.get(pointer) ?? ''));
  }
  return { correct, total };
}

/** How document `index` (0-based) lies on the scanner's glass: askew either way, every fourth with its last page upside down. */
const skewOf = (index: number) => (index % 2 === 0 ? 1.5 : -1.5);
const hasUpsideDownPage = (index: number) => index % 4 === 3;
const indexOf = (file: string) => Number(/^doc-(\d+)/.exec(file)?.[1] ?? 0) - 1;

/** The scan's slices reported apart: what each way of lying on the glass costs. */
const slices: Record<string, (index: number) => boolean> = {
  'skew +1.5°': (index) => skewOf(index) > 0,
  'skew -1.5°': (index) => skewOf(index) < 0,
  'last page upside down': hasUpsideDownPage,
  'all pages upright': (index) => !hasUpsideDownPage(index),
};

/**
 * What kind of error a wrong field is, for the report: lost (nothing came back), shifted (a list
 * item lost or merged before it, so it holds a neighbour's text), quote or dash only, spacing
 * only, an extra mark at either end, or a few characters misread.
 */
function errorKind(expected: unknown, actual: unknown, all: readonly string[]): string {
  if (actual === null || actual === undefined) return 'lost';
  if (typeof expected !== 'string' || typeof actual !== 'string') return 'structure';
  if (all.includes(actual)) return 'shifted';
  const marks = (text: string) => text.replace(/[´’'‘`]/g, "'").replace(/[–—-]/g, '-');
  if (marks(expected) === marks(actual)) return 'quote or dash';
  if (expected.replace(/\s+/g, '') === actual.replace(/\s+/g, '')) return 'spacing';
  if (actual.includes(expected)) return 'extra mark';
  return editDistance(expected, actual) <= 3 ? 'characters' : 'other';
}

async function buildCorpus(folder: string): Promise<void> {
  if (existsSync(join(folder, 'corpus.json'))) return;
  for (const part of ['source', 'expected', 'printed', ...scans.map((scan) => scan.name)]) mkdirSync(join(folder, part), { recursive: true });
  for (let index = 0; index < documents; index++) {
    const functie = seed.functies[index % seed.functies.length] as Functie;
    const style = styleList[index % styleList.length] as (typeof styleList)[number];
    const name = `doc-${String(index + 1).padStart(2, '0')}-${style.name}`;
    const { bytes, document } = await renderHr21Pdf(single(functie), style);
    writeFileSync(join(folder, 'source', `${name}.pdf`), bytes);
    writeFileSync(join(folder, 'expected', `${name}.json`), JSON.stringify(document));
    writeFileSync(join(folder, 'printed', `${name}.pdf`), printToPdf(bytes));
    for (const scan of scans) {
      const skewDegrees = skewOf(index);
      const upsideDown = hasUpsideDownPage(index) ? [document.source.pageCount] : [];
      writeFileSync(join(folder, scan.name, `${name}.pdf`), await scanPdf(bytes, { ...scan, skewDegrees, upsideDown }, index + 1));
    }
  }
  writeFileSync(join(folder, 'corpus.json'), `${JSON.stringify({ documents, scans }, null, 2)}\n`);
}

interface Summary {
  files: number;
  failed: number;
  pages: number;
  seconds: number;
  peakRssMb: number;
  errors: Record<string, number>;
}

/** GNU time, when installed: the CPU seconds of the parse and its threads, which wall time on a shared machine does not give. */
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

interface Run {
  wall: number;
  /** User + system CPU seconds of the whole process (all its threads); null without GNU time. */
  cpuSeconds: number | null;
  /** The machine's 1-minute load average before and after the run. */
  load: [number, number];
  summary: Summary;
}

function parse(input: string, out: string, jobs: number): Run {
  rmSync(out, { recursive: true, force: true });
  const timeFile = join(tmpdir(), `hr21-bench-ocr-time-${process.pid}.txt`);
  const command = [process.execPath, join(root, 'dist/cli/main.js'), 'parse', input, '--out', out, '--json', '--format', 'json', '--jobs', String(jobs), '--timeout', '3600'];
  const loadBefore = loadavg()[0] as number;
  const started = performance.now();
  const run = gnuTime
    ? spawnSync(gnuTime, ['-f', '%U %S', '-o', timeFile, ...command], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    : spawnSync(command[0] as string, command.slice(1), { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wall = (performance.now() - started) / 1000;
  if (run.stdout.trim() === '') throw new Error(`hr21 parse failed (${run.status}): ${run.stderr.slice(0, 2000)}`);
  let cpuSeconds: number | null = null;
  if (gnuTime && existsSync(timeFile)) {
    const [user, system] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).map(Number) as [number, number];
    cpuSeconds = user + system;
    rmSync(timeFile, { force: true });
  }
  return { wall, cpuSeconds, load: [loadBefore, loadavg()[0] as number], summary: JSON.parse(run.stdout) as Summary };
}

interface Accuracy {
  variant: string;
  files: number;
  failed: number;
  pages: number;
  ocrPages: number;
  fieldsExact: number;
  fieldsTotal: number;
  charactersCorrect: number;
  charactersTotal: number;
  /** The fields that came out wrong, with what was expected and what came back: what the errors are. */
  wrong: { file: string; pointer: string; kind: string; expected: unknown; actual: unknown }[];
  /** Wrong fields by kind of error. */
  errorKinds: Record<string, number>;
  /** Fields exact in the documents of each slice (scans only). */
  slices: Record<string, { files: number; fieldsExact: number; fieldsTotal: number; fieldsExactPercent: number }>;
  seconds: number;
  cpuSeconds: number | null;
  load: [number, number];
  peakRssMb: number;
}

const percent = (part: number, whole: number) => Math.round((1000 * part) / Math.max(1, whole)) / 10;

function valueAt(document: unknown, pointer: string): unknown {
  return pointer.split('/').slice(1).reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], document);
}

function accuracy(folder: string, variant: string): Accuracy {
  const { wall, cpuSeconds, load, summary } = scoreOnly
    ? { wall: Number.NaN, cpuSeconds: null, load: [Number.NaN, Number.NaN] as [number, number], summary: { files: 0, failed: 0, pages: 0, seconds: Number.NaN, peakRssMb: Number.NaN, errors: {} } }
    : parse(join(folder, variant), join(folder, 'out', variant), 2);
  const result: Accuracy = { variant, files: summary.files, failed: summary.failed, pages: summary.pages, ocrPages: 0, fieldsExact: 0, fieldsTotal: 0, charactersCorrect: 0, charactersTotal: 0, wrong: [], errorKinds: {}, slices: {}, seconds: wall, cpuSeconds, load, peakRssMb: summary.peakRssMb };
  const sliced = variant.startsWith('scan');
  for (const file of readdirSync(join(folder, 'expected')).sort()) {
    const expected = content(JSON.parse(readFileSync(join(folder, 'expected', file), 'utf8')) as Hr21Document);
    const outPath = join(folder, 'out', variant, file);
    // Scoring a run cut short: only the documents it got to.
    if (scoreOnly && !existsSync(outPath)) continue;
    if (scoreOnly) result.files++;
    const parsed = existsSync(outPath) ? (JSON.parse(readFileSync(outPath, 'utf8')) as Hr21Document) : null;
    const actual = parsed ? content(parsed) : { functies: [] };
    result.ocrPages += parsed?.source.ocr?.pages.length ?? 0;
    if (scoreOnly) result.pages += parsed?.source.pageCount ?? 0;
    const fields = countFields(expected, actual);
    result.fieldsExact += fields.matched;
    result.fieldsTotal += fields.total;
    const chars = characters(expected, actual);
    result.charactersCorrect += chars.correct;
    result.charactersTotal += chars.total;
    const all = [...strings(expected).values()];
    for (const pointer of fields.mismatched) {
      const [want, got] = [valueAt(expected, pointer) ?? null, valueAt(actual, pointer) ?? null];
      const kind = errorKind(want, got, all);
      result.errorKinds[kind] = (result.errorKinds[kind] ?? 0) + 1;
      result.wrong.push({ file, pointer, kind, expected: want, actual: got });
    }
    for (const [name, holds] of Object.entries(slices)) {
      if (!sliced || !holds(indexOf(file))) continue;
      const slice = (result.slices[name] ??= { files: 0, fieldsExact: 0, fieldsTotal: 0, fieldsExactPercent: 0 });
      slice.files++;
      slice.fieldsExact += fields.matched;
      slice.fieldsTotal += fields.total;
      slice.fieldsExactPercent = percent(slice.fieldsExact, slice.fieldsTotal);
    }
  }
  return result;
}

/** Seconds per page parsing the first `count` documents of a variant with `jobs` workers. */
function speed(folder: string, variant: string, count: number, jobs: number) {
  const subset = join(folder, 'speed', variant);
  if (!existsSync(subset)) {
    mkdirSync(subset, { recursive: true });
    for (const file of readdirSync(join(folder, variant)).sort().slice(0, count)) linkSync(join(folder, variant, file), join(subset, file));
  }
  const { wall, cpuSeconds, load, summary } = parse(subset, join(folder, 'out', `speed-${jobs}`), jobs);
  return {
    variant,
    jobs,
    files: summary.files,
    pages: summary.pages,
    seconds: wall,
    secondsPerPage: wall / summary.pages,
    secondsPerPagePerCore: (wall * jobs) / summary.pages,
    // What a page costs whatever else the machine runs: process start and model loading included.
    cpuSeconds,
    cpuSecondsPerPage: cpuSeconds === null ? null : cpuSeconds / summary.pages,
    load,
    peakRssMb: summary.peakRssMb,
  };
}

const folder = join(root, 'bench', 'corpus', `ocr-v2-${documents}`);
const built = performance.now();
if (!scoreOnly) await buildCorpus(folder);
const corpusSeconds = (performance.now() - built) / 1000;
const variants = (values.variants ?? [...scans.map((scan) => scan.name), 'printed'].join(',')).split(',').map((variant) => accuracy(folder, variant));
const speeds = speedDocuments > 0 && !scoreOnly ? [speed(folder, 'scan-300dpi', speedDocuments, 1), speed(folder, 'scan-300dpi', speedDocuments, 2)] : [];

const results = {
  label: values.label ?? null,
  scoreOnly,
  date: new Date().toISOString(),
  node: process.version,
  corpus: { documents, corpusSeconds },
  variants: variants.map((variant) => ({
    ...variant,
    fieldsExactPercent: percent(variant.fieldsExact, variant.fieldsTotal),
    charactersCorrectPercent: percent(variant.charactersCorrect, variant.charactersTotal),
  })),
  speed: speeds,
};
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'ocr.json'), `${JSON.stringify(results, null, 2)}\n`);
for (const variant of results.variants) {
  console.log(
    `${variant.variant}: ${variant.files} files, ${variant.pages} pages (${variant.ocrPages} by OCR), ${variant.failed} failed; fields exact ${variant.fieldsExactPercent} % (${variant.fieldsExact}/${variant.fieldsTotal}), characters ${variant.charactersCorrectPercent} %; ${variant.seconds.toFixed(1)} s, peak RSS ${variant.peakRssMb} MB`,
  );
  console.log(`  errors: ${JSON.stringify(variant.errorKinds)}`);
  for (const [name, slice] of Object.entries(variant.slices)) console.log(`  ${name}: ${slice.files} files, fields exact ${slice.fieldsExactPercent} %`);
}
for (const run of speeds) {
  const cpu = run.cpuSecondsPerPage === null ? 'CPU not measured' : `${run.cpuSecondsPerPage.toFixed(2)} CPU s/page`;
  console.log(`speed ${run.variant}, --jobs ${run.jobs}: ${run.pages} pages in ${run.seconds.toFixed(1)} s = ${run.secondsPerPage.toFixed(2)} s/page, ${run.secondsPerPagePerCore.toFixed(2)} s/page/core, ${cpu}, load ${run.load.map((value) => value.toFixed(1)).join(' → ')}, peak RSS ${run.peakRssMb} MB`);
}
