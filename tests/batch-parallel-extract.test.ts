import { Worker } from 'node:worker_threads';
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

  it('has a helper thread extract exactly its page range', async () => {
    const request = { bytes: seedPdf(), range: { from: 12, to: 14 } };
    const reply = await new Promise<{ ok: boolean; pages?: { number: number; items: unknown[] }[] }>((resolve, reject) => {
      const worker = new Worker(new URL('../dist/batch/worker-entry.js', import.meta.url), { workerData: { helper: request } });
      worker.once('message', (message) => {
        resolve(message);
        void worker.terminate();
      });
      worker.once('error', reject);
    });
    expect(reply.ok).toBe(true);
    expect(reply.pages?.map((page) => page.number)).toEqual([12, 13, 14]);
    expect(reply.pages?.every((page) => page.items.length > 0)).toBe(true);
  });
});
