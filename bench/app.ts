/**
 * `npm run bench:app`: the web page's time from dropping the 34-page sample to its function
 * list, in Debian's chromium from file://, and the size of the self-contained page. Each run
 * opens a fresh page and drops the sample as soon as the page is ready ("at once": the worker
 * may still be compiling pdf.js), again on a fresh page once the worker says it is loaded
 * ("loaded": the parser's first file, not yet optimised by the JIT), and a second time on that
 * page ("warm"). The CLI's `hr21 parse` of the same
 * file is timed in between, so both are measured under the same load. Median of --runs (default 5).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { runs: { type: 'string' } } });
const runs = Number(values.runs ?? 5);
const app = join(root, 'dist', 'app', 'index.html');
const samplePath = join(root, 'input', 'hr21-normfuncties-selectie.pdf');
const sample = readFileSync(samplePath).toString('base64');

/** Drops the sample and returns the milliseconds until the function list shows its rows, timed inside the page. */
async function dropToList(page: Page, name: string): Promise<number> {
  return page.evaluate(
    ({ base64, name }) =>
      new Promise<number>((resolve) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name, { type: 'application/pdf' }));
        const table = document.getElementById('functies') as HTMLElement;
        const before = table.querySelectorAll('tbody tr').length;
        const started = performance.now();
        new MutationObserver((_, observer) => {
          if (table.querySelectorAll('tbody tr').length > before) {
            observer.disconnect();
            resolve(performance.now() - started);
          }
        }).observe(table, { childList: true, subtree: true });
        document.getElementById('drop')?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }),
    { base64: sample, name },
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const atOnce: number[] = [];
const loaded: number[] = [];
const warm: number[] = [];
const cli: number[] = [];
for (let run = 0; run < runs; run++) {
  const first = await browser.newPage();
  await first.goto(pathToFileURL(app).href);
  await first.waitForSelector('body[data-ready]');
  atOnce.push(await dropToList(first, 'a.pdf'));
  await first.close();
  const page = await browser.newPage();
  await page.goto(pathToFileURL(app).href);
  await page.waitForSelector('body[data-parser="ready"]');
  loaded.push(await dropToList(page, 'a.pdf'));
  warm.push(await dropToList(page, 'b.pdf'));
  await page.close();
  const started = performance.now();
  spawnSync(process.execPath, [join(root, 'dist', 'cli', 'main.js'), 'parse', samplePath, '--out', join(tmpdir(), 'hr21-bench-app'), '--format', 'json', '--quiet']);
  cli.push(performance.now() - started);
}
await browser.close();
const figures = {
  pageBytes: statSync(app).size,
  runs,
  dropToListAtOnceMs: Math.round(median(atOnce)),
  dropToListLoadedMs: Math.round(median(loaded)),
  dropToListWarmMs: Math.round(median(warm)),
  cliParseMs: Math.round(median(cli)),
  all: { atOnce: atOnce.map(Math.round), loaded: loaded.map(Math.round), warm: warm.map(Math.round), cli: cli.map(Math.round) },
};
process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
