import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hr21, projectRoot, temporaryFolder } from './support/cli.js';
import { nextEdition } from './support/next-edition.js';
import { seedPdfPath } from './support/seed.js';

/** Debian's chromium; .ci/run installs it. Without it this suite says so and skips. */
const CHROMIUM = '/usr/bin/chromium';
const artifacts = join(projectRoot, 'tests', 'artifacts');

describe.skipIf(!existsSync(CHROMIUM))('hr21 diff --format html in a real browser (skipped: /usr/bin/chromium is missing, apt-get install -y chromium)', () => {
  let browser: Browser;
  let htmlPath: string;

  beforeAll(async () => {
    const folder = temporaryFolder();
    expect(hr21(['parse', seedPdfPath, '--out', folder, '--format', 'json', '--quiet']).status).toBe(0);
    const oldPath = join(folder, 'functieboek-2025.json');
    const newPath = join(folder, 'functieboek-2026.json');
    const parsed = JSON.parse(readFileSync(join(folder, 'hr21-normfuncties-selectie.json'), 'utf8'));
    writeFileSync(oldPath, JSON.stringify(parsed));
    writeFileSync(newPath, JSON.stringify(nextEdition(parsed)));
    htmlPath = join(folder, 'wijzigingen.html');
    const run = hr21(['diff', oldPath, newPath, '--format', 'html', '--lang', 'nl', '--out', htmlPath], { cwd: folder });
    expect(run.status, run.stderr).toBe(1);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens without console errors and without a single request beyond the file itself, and prints', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' });
    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(htmlPath).href]);
    // The summary counts first, then one block per function, the changed words marked.
    expect(await page.$$eval('table.summary td', (cells) => cells.map((cell) => cell.textContent))).toEqual(['6', '1', '1', '1']);
    expect(await page.$$eval('section.block h3', (headings) => headings.map((heading) => heading.textContent))).toEqual([
      '-N02.06.02 Programmamanager I (verwijderd)',
      '~N03.01.06 Adviseur III',
      '+N03.01.08 Adviseur IV (toegevoegd)',
    ]);
    expect(await page.textContent('ins')).toBe('en rapporteert daarover aan het management');
    mkdirSync(artifacts, { recursive: true });
    // What docs/diff.png shows.
    await page.screenshot({ path: join(artifacts, 'diff-report.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(errors).toEqual([]);
    await page.close();
  });
});
