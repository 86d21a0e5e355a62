import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hr21Document } from '../src/schema/document.js';
import { haveChromium, launchChromium } from './support/chromium.js';
import { hr21, projectRoot, temporaryFolder } from './support/cli.js';
import { seedPdfPath } from './support/seed.js';

const artifacts = join(projectRoot, 'tests', 'artifacts');

describe.skipIf(!haveChromium)('hr21 inspect in a real browser (skipped: /usr/bin/chromium is missing, apt-get install -y chromium)', () => {
  let browser: Browser;
  let htmlPath: string;
  let parsed: Hr21Document;

  beforeAll(async () => {
    const out = temporaryFolder();
    const run = hr21(['inspect', seedPdfPath, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    htmlPath = join(out, 'hr21-normfuncties-selectie.inspect.html');
    expect(hr21(['parse', seedPdfPath, '--out', out, '--format', 'json', '--quiet']).status).toBe(0);
    parsed = JSON.parse(readFileSync(join(out, 'hr21-normfuncties-selectie.json'), 'utf8'));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is one self-contained file that loads without network and without console errors, rendered by pdf.js', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => {
      if (!/^(file|blob|data):/.test(request.url())) requests.push(request.url());
    });
    await page.goto(pathToFileURL(htmlPath).href);
    await page.waitForSelector('body[data-rendered]', { timeout: 60_000 });
    expect(await page.getAttribute('body', 'data-rendered')).toBe('pdfjs');
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(statSync(htmlPath).size).toBeGreaterThan(1_000_000);
    await page.close();
  });

  it('has a box for every kenmerk, every taak and every overview row, pointing at the JSON', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(htmlPath).href);
    await page.waitForSelector('body[data-ready]');
    const pointers = await page.$$eval('.box', (boxes) => boxes.map((box) => `${(box as HTMLElement).dataset.kind}|${(box as HTMLElement).dataset.pointer}`));
    const count = (kind: string) => new Set(pointers.filter((entry) => entry.startsWith(`${kind}|`))).size;
    const kenmerken = parsed.functies.reduce((sum, functie) => sum + functie.overwegendeFunctiekenmerken.length + (functie.generiekeTaken ? 1 : 0), 0);
    const taken = parsed.functies.reduce((sum, functie) => sum + functie.resultaatgebieden.reduce((n, gebied) => n + gebied.taken.length, 0), 0);
    expect(count('kenmerk')).toBe(kenmerken);
    expect(count('taak')).toBe(taken);
    expect(count('overzicht')).toBe(parsed.overzicht.length);
    expect(count('activiteit')).toBe(5);
    expect(pointers.filter((entry) => entry.startsWith('onverantwoord|') || entry.startsWith('warning|'))).toEqual([]);
    await page.close();
  });

  it('shows the JSON Pointer and text of a box on hover, and hides furniture on request', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(pathToFileURL(htmlPath).href);
    await page.waitForSelector('body[data-rendered]', { timeout: 60_000 });
    await page.hover('.box[data-pointer="/functies/0/resultaatgebieden/0/taken/0"]');
    const tip = await page.textContent('#tip');
    expect(tip).toContain('/functies/0/resultaatgebieden/0/taken/0');
    expect(tip).toContain('stuurt, bewaakt en ondersteunt bij de afdoening/naleving van afspraken');
    await page.check('#hide-furniture');
    expect(await page.$$eval('.kind-furniture', (boxes) => boxes.filter((box) => getComputedStyle(box).display !== 'none').length)).toBe(0);
    mkdirSync(artifacts, { recursive: true });
    await page.uncheck('#hide-furniture');
    // The sticky header would cover the top of the page in an element screenshot.
    await (await page.$('#page-4'))?.screenshot({ path: join(artifacts, 'inspect-page-4.png'), style: 'header{position:static}' });
    expect(existsSync(join(artifacts, 'inspect-page-4.png'))).toBe(true);
    // The whole window with a tooltip up: what docs/inspect.png shows.
    await page.evaluate(() => {
      document.querySelector('#page-4')?.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -110);
    });
    await page.hover('.box[data-pointer="/functies/0/functiereeks/omschrijving"]');
    await page.screenshot({ path: join(artifacts, 'inspect-window.png') });
    await page.close();
  });

  it('lists the warnings and jumps to a warning’s page on click', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(pathToFileURL(htmlPath).href);
    await page.waitForSelector('body[data-ready]');
    expect(await page.textContent('#warning-count')).toBe(String(parsed.warnings.length));
    await page.click('.warning');
    await page.waitForFunction(() => {
      const top = document.getElementById('page-2')?.getBoundingClientRect().top ?? 999;
      return Math.abs(top) < 120;
    });
    await page.close();
  });
});
