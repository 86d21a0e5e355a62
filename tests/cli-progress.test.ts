import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JobResult } from '../src/batch/job.js';
import { barReporter, lineReporter } from '../src/cli/progress.js';

/** A stream that records what is written, a terminal or not. */
function stream(isTTY: boolean): NodeJS.WriteStream & { text: () => string } {
  const chunks: string[] = [];
  return { isTTY, write: (chunk: string) => chunks.push(chunk) > 0, text: () => chunks.join('') } as unknown as NodeJS.WriteStream & { text: () => string };
}

const ok: JobResult = { id: 0, ok: true, sha256: 'a', pages: 34, functies: 15, modules: 1, ocrPages: 0, warnings: [], outputs: [], timings: {} };
const scanned: JobResult = { ...ok, id: 2, pages: 2, functies: 1, modules: 0, ocrPages: 2 };
const failed: JobResult = { id: 1, ok: false, code: 'HR21_NOT_PDF', message: 'not a PDF: the file is empty', sha256: null };

afterEach(() => vi.unstubAllEnvs());

describe('cli/progress', () => {
  it('at a terminal, redraws one bar with files done of total, pages/s and ETA, and keeps a line for each failure', () => {
    vi.stubEnv('NO_COLOR', '1');
    const out = stream(true);
    const reporter = barReporter(out);
    reporter.start(2);
    reporter.file('a.pdf', ok, 34);
    expect(out.text()).toMatch(/\r\u001b\[2K\[#{12}\.{12}\] 1\/2 files {2}\d+ pages\/s {2}ETA \d+ s$/);
    reporter.file('b.pdf', failed, 0);
    reporter.stop();
    expect(out.text()).toContain('FAIL b.pdf: HR21_NOT_PDF: not a PDF: the file is empty\n');
    expect(out.text()).not.toContain('\u001b[31m');
  });

  it('counts the pages read by OCR on the bar and on the file\'s line', () => {
    vi.stubEnv('NO_COLOR', '1');
    const bar = stream(true);
    const reporter = barReporter(bar);
    reporter.start(2);
    reporter.file('a.pdf', ok, 34, 0);
    expect(bar.text()).not.toContain('OCR');
    reporter.file('scan.pdf', scanned, 2, 2);
    expect(bar.text()).toMatch(/2\/2 files {2}\d+ pages\/s {2}2 OCR pages {2}ETA \d+ s$/);
    const lines = stream(false);
    lineReporter(lines).file('scan.pdf', scanned, 2, 2);
    expect(lines.text()).toBe('ok   scan.pdf: 1 functies, 0 modules, 2 pages (2 read by OCR)\n');
  });

  it('colours the status at a terminal unless NO_COLOR is set', () => {
    vi.stubEnv('NO_COLOR', '');
    const out = stream(true);
    lineReporter(out).file('b.pdf', failed, 0);
    expect(out.text()).toBe('\u001b[31mFAIL\u001b[0m b.pdf: HR21_NOT_PDF: not a PDF: the file is empty\n');
  });

  it('in a pipe, writes one plain line per file and nothing else', () => {
    const out = stream(false);
    const reporter = lineReporter(out);
    reporter.start(2);
    reporter.file('a.pdf', ok, 34);
    reporter.file('b.pdf', failed, 0);
    reporter.stop();
    expect(out.text()).toBe('ok   a.pdf: 15 functies, 1 modules, 34 pages\nFAIL b.pdf: HR21_NOT_PDF: not a PDF: the file is empty\n');
  });
});
