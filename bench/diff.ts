/**
 * `npm run bench:diff`: the time `hr21 diff` takes beyond parsing, on two editions of a
 * 600-page functieboek from the test-PDF writer. The new edition drops, adds, renames and
 * re-codes functions, rewords, inserts, removes and moves taken, adds kenmerken and raises
 * schalen in the overview, so pairing and word marking have real work to do.
 *
 * Both PDFs are parsed once through the worker pool (parseFiles), then, interleaved in one
 * run so machine load hits both alike: the field-by-field diffJson the check used before (by
 * array index) and diffDocuments, and each renderer. Prints the median of --runs (default 15)
 * and saves bench/results/diff.json.
 *
 * Options: --pages N (default 600), --runs N, --style NAME (a writer style, default the first).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { diffDocuments, diffJson, parseFiles, renderDiffHtml, renderDiffJson, renderDiffMarkdown, renderDiffText } from '../dist/index.js';
import type { Functie, Hr21Document } from '../src/schema/document.js';
import { renderHr21Pdf, styles } from '../tests/support/render/index.js';
import { bookOf } from './corpus.js';
import { seedExpectedPath } from '../tests/support/seed.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { pages: { type: 'string' }, runs: { type: 'string' }, style: { type: 'string' } } });
const targetPages = Number(values.pages ?? 600);
const runs = Number(values.runs ?? 15);
const style = styles[values.style ?? Object.keys(styles)[0]!]!;
const seed = JSON.parse(readFileSync(seedExpectedPath, 'utf8')) as Hr21Document;

/** A function book of `count` functions from the seed, each with its own code and naam. */
function edition(count: number): Hr21Document {
  const functies: Functie[] = Array.from({ length: count }, (_, index) => {
    const functie = structuredClone(seed.functies[index % seed.functies.length] as Functie);
    return { ...functie, code: `N${String(10 + Math.floor(index / 100)).padStart(2, '0')}.${String(index % 100).padStart(2, '0')}.01`, naam: `${functie.naam} ${index + 1}`, modules: [] };
  });
  return bookOf(functies);
}

/** The next edition: about one function in five touched, as a yearly revision might. */
function revise(document: Hr21Document): Hr21Document {
  const next = structuredClone(document);
  next.functies.forEach((functie, index) => {
    const gebied = functie.resultaatgebieden[index % functie.resultaatgebieden.length];
    if (!gebied || gebied.taken.length < 2) return;
    if (index % 10 === 1) gebied.taken[0] = `${gebied.taken[0]} en rapporteert daarover`;
    if (index % 10 === 3) gebied.taken.push(gebied.taken.shift() as string);
    if (index % 15 === 5) gebied.taken.splice(1, 0, 'coördineert de afstemming met ketenpartners');
    if (index % 15 === 7) gebied.taken.splice(1, 1);
    if (index % 20 === 9) functie.overwegendeFunctiekenmerken.push('werkt in wisselende samenstellingen');
    if (index % 40 === 11) functie.naam = `${functie.naam} (herzien)`;
    if (index % 40 === 13) functie.code = `${functie.code}x`;
  });
  next.overzicht.forEach((rij, index) => {
    if (index % 25 === 2) rij.indicatieveSchaal = (rij.indicatieveSchaal ?? 8) + 1;
  });
  const dropped = next.functies.filter((_, index) => index % 30 === 17);
  next.functies = next.functies.filter((functie) => !dropped.includes(functie));
  next.overzicht = next.overzicht.filter((rij) => !dropped.some((functie) => functie.naam === rij.naam));
  for (let at = 5; at < next.functies.length; at += 50) {
    const functie = { ...structuredClone(next.functies[at] as Functie), code: `N90.${String(at % 100).padStart(2, '0')}.01`, naam: `Nieuwe functie ${at}` };
    next.functies.splice(at, 0, functie);
    next.overzicht.splice(at, 0, { pagina: null, naam: functie.naam, functiegroep: functie.functiegroep?.naam ?? null, indicatieveSchaal: functie.indicatieveSchaal });
  }
  return next;
}

async function books(folder: string): Promise<[string, string]> {
  const paths: [string, string] = [join(folder, 'functieboek-oud.pdf'), join(folder, 'functieboek-nieuw.pdf')];
  if (paths.every((path) => existsSync(path))) return paths;
  mkdirSync(folder, { recursive: true });
  let count = Math.ceil(targetPages / 2);
  let old = await renderHr21Pdf(edition(count), style, { book: true });
  while (old.document.source.pageCount < targetPages) {
    count = Math.ceil(count * 1.1);
    old = await renderHr21Pdf(edition(count), style, { book: true });
  }
  const neu = await renderHr21Pdf(revise(edition(count)), style, { book: true });
  writeFileSync(paths[0], old.bytes);
  writeFileSync(paths[1], neu.bytes);
  return paths;
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] as number;

const folder = join(root, 'bench', 'corpus', `diff-${targetPages}-${style.name}`);
const [oldPdf, newPdf] = await books(folder);
const parseStart = performance.now();
const parsed = new Map<string, Hr21Document>();
for await (const result of parseFiles([oldPdf, newPdf])) {
  if (!result.ok) throw result.error;
  parsed.set(result.path, result.document);
}
const parseSeconds = (performance.now() - parseStart) / 1000;
const oldDocument = parsed.get(oldPdf) as Hr21Document;
const newDocument = parsed.get(newPdf) as Hr21Document;

const timings: Record<string, number[]> = { diffJson: [], diffDocuments: [], text: [], md: [], html: [], json: [] };
const time = (name: string, work: () => unknown) => {
  const started = performance.now();
  const result = work();
  timings[name]?.push(performance.now() - started);
  return result;
};
let diff = diffDocuments(oldDocument, newDocument);
let fieldDifferences = 0;
for (let run = 0; run < runs; run++) {
  // Alternate which goes first, so neither always meets a warm or a cold cache.
  const order = run % 2 === 0 ? ['diffJson', 'diffDocuments'] : ['diffDocuments', 'diffJson'];
  for (const name of order) {
    if (name === 'diffJson') fieldDifferences = (time('diffJson', () => diffJson(oldDocument, newDocument)) as unknown[]).length;
    else diff = time('diffDocuments', () => diffDocuments(oldDocument, newDocument)) as typeof diff;
  }
  time('text', () => renderDiffText(diff));
  time('md', () => renderDiffMarkdown(diff));
  time('html', () => renderDiffHtml(diff));
  time('json', () => renderDiffJson(diff));
}

const medians = Object.fromEntries(Object.entries(timings).map(([name, list]) => [name, Math.round(median(list) * 10) / 10]));
const figures = {
  pages: [oldDocument.source.pageCount, newDocument.source.pageCount],
  functies: [oldDocument.functies.length, newDocument.functies.length],
  parseSeconds: Math.round(parseSeconds * 10) / 10,
  changes: diff.changes.length,
  fieldDifferencesByIndex: fieldDifferences,
  runs,
  medianMs: medians,
  diffAndSlowestReportMs: Math.round(((medians.diffDocuments ?? 0) + Math.max(medians.text ?? 0, medians.md ?? 0, medians.html ?? 0, medians.json ?? 0)) * 10) / 10,
};
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'diff.json'), `${JSON.stringify(figures, null, 2)}\n`);
process.stdout.write(
  `${figures.pages.join(' and ')} pages, ${figures.functies.join(' and ')} functions, parsed in ${figures.parseSeconds} s (not counted)\n` +
    `${figures.changes} changes (diffJson by array index: ${figures.fieldDifferencesByIndex} differences)\n` +
    `median of ${runs} runs, ms: ${Object.entries(medians)
      .map(([name, ms]) => `${name} ${ms}`)
      .join(', ')}\n` +
    `diff + slowest report: ${figures.diffAndSlowestReportMs} ms\n`,
);
