import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Functie, Hr21Document } from '../src/schema/document.js';
import { type PdfStyle, renderHr21Pdf, styles } from '../tests/support/render/index.js';
import { seedExpectedPath, seedPdfPath } from '../tests/support/seed.js';

export interface Corpus {
  files: number;
  pages: number;
  bookPages: number;
  /** Function books in the sample's own layout (the writer's Word-like style), each with other content. */
  sampleStyle: { files: number; pages: number };
}

const seed = JSON.parse(readFileSync(seedExpectedPath, 'utf8')) as Hr21Document;

/** A function book of these functions, its overview listing each of them. */
export function bookOf(functies: Functie[]): Hr21Document {
  return {
    schemaVersion: 1,
    source: { file: 'bench.pdf', sha256: '0'.repeat(64), pageCount: 0, title: null, producer: null },
    overzicht: functies.map((functie) => ({ pagina: null, naam: functie.naam ?? '', functiegroep: functie.functiegroep?.naam ?? null, indicatieveSchaal: functie.indicatieveSchaal })),
    functies,
    modules: [],
    warnings: [],
  };
}

/** A function book of `count` functions taken round-robin from the seed, starting at `offset`. */
function book(count: number, offset: number): Hr21Document {
  return bookOf(Array.from({ length: count }, (_, index) => ({ ...(seed.functies[(offset + index) % seed.functies.length] as Functie), modules: [] })));
}

/**
 * Builds the corpus once per size (kept under bench/corpus/, ignored by git): `batch/` with the
 * fixture and generated books in every writer style, `book/` with one long book, `small/` with
 * ten copies of the 34-page fixture for the per-page comparison, and `sample-style/` with
 * function books laid out like the sample (a Word/LibreOffice export: whole lines, the Symbol
 * bullet, an overview table), 8 to 15 functions each, every book starting at another function.
 */
export async function buildCorpus(folder: string, options: { files: number; bookPages: number; sampleStyleFiles: number }): Promise<Corpus> {
  const manifest = join(folder, 'corpus.json');
  if (existsSync(manifest)) return JSON.parse(readFileSync(manifest, 'utf8')) as Corpus;
  for (const part of ['batch', 'book', 'small', 'sample-style']) mkdirSync(join(folder, part), { recursive: true });
  const sampleStyle = { files: options.sampleStyleFiles, pages: 0 };
  for (let index = 0; index < options.sampleStyleFiles; index++) {
    const { bytes, document } = await renderHr21Pdf(book(8 + (index % 8), index * 7), styles.wordLike as PdfStyle, { book: true });
    writeFileSync(join(folder, 'sample-style', `functieboek-${String(index + 1).padStart(3, '0')}.pdf`), bytes);
    sampleStyle.pages += document.source.pageCount;
  }
  const styleList = Object.values(styles);
  let pages = 34;
  copyFileSync(seedPdfPath, join(folder, 'batch', 'seed.pdf'));
  for (let index = 1; index < options.files; index++) {
    const style = styleList[index % styleList.length] as (typeof styleList)[number];
    const { bytes, document } = await renderHr21Pdf(book(1 + (index % 8), index), style, { book: index % 2 === 0 });
    writeFileSync(join(folder, 'batch', `generated-${String(index).padStart(4, '0')}-${style.name}.pdf`), bytes);
    pages += document.source.pageCount;
  }
  let count = Math.ceil(options.bookPages / 2);
  let rendered = await renderHr21Pdf(book(count, 0), styleList[0] as (typeof styleList)[number], { book: true });
  while (rendered.document.source.pageCount < options.bookPages) {
    count = Math.ceil(count * 1.2);
    rendered = await renderHr21Pdf(book(count, 0), styleList[0] as (typeof styleList)[number], { book: true });
  }
  writeFileSync(join(folder, 'book', 'functieboek.pdf'), rendered.bytes);
  for (let copy = 1; copy <= 10; copy++) copyFileSync(seedPdfPath, join(folder, 'small', `seed-${copy}.pdf`));
  const corpus: Corpus = { files: options.files, pages, bookPages: rendered.document.source.pageCount, sampleStyle };
  writeFileSync(manifest, `${JSON.stringify(corpus, null, 2)}\n`);
  return corpus;
}
