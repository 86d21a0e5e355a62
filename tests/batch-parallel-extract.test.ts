import { describe, expect, it } from 'vitest';
// The helper threads run the built JavaScript: the test uses the build, as the CLI does.
import { pageRanges, parallelExtractor } from '../dist/batch/parallel-extract.js';
import { parsePdf, parsePdfDetailed } from '../src/parse-pdf.js';
import { seedPdf } from './support/seed.js';

describe('batch/parallel-extract', () => {
  it('cuts the pages into contiguous ranges of nearly equal length that cover every page once', () => {
    expect(pageRanges(677, 2)).toEqual([{ from: 1, to: 338 }, { from: 339, to: 677 }]);
    expect(pageRanges(10, 3)).toEqual([{ from: 1, to: 3 }, { from: 4, to: 6 }, { from: 7, to: 10 }]);
  });

  it('gives the same document when helper threads extract part of the pages', async () => {
    const alone = await parsePdf(seedPdf(), { fileName: 'seed.pdf' });
    const shared = await parsePdfDetailed(seedPdf(), { fileName: 'seed.pdf' }, parallelExtractor(2, 512, 10));
    expect(shared.layout.pages.map((page) => page.number)).toEqual(Array.from({ length: 34 }, (_, index) => index + 1));
    expect(shared.document).toEqual(alone);
  });

  it('extracts everything on the calling thread when the document is too short to split', async () => {
    const outcome = await parsePdfDetailed(seedPdf(), {}, parallelExtractor(1, 512));
    expect(outcome.layout.pages).toHaveLength(34);
  });
});
