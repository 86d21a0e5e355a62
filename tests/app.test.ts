import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toJson } from '../src/emit/json.js';
import { parsePdf } from '../src/parse-pdf.js';
import { startStandInServer, type StandInServer } from './support/app-server.js';
import { haveChromium, launchChromium } from './support/chromium.js';
import { hr21, projectRoot, temporaryFolder } from './support/cli.js';
import { empty, html, ownerPasswordOnly, qpdfAvailable, scanned, userPassword, zip } from './support/hostile/index.js';
import { seedPdf } from './support/seed.js';
import { type ServeProcess, startServeProcess } from './support/serve-process.js';

const browserReady = haveChromium && qpdfAvailable();
const appFile = join(projectRoot, 'dist', 'app', 'index.html');
/** HR21_APP_URL: run the served-page tests against an `hr21 serve` already running elsewhere. */
const externalUrl = process.env.HR21_APP_URL;
const SAMPLE = 'hr21-normfuncties-selectie.pdf';

interface Upload {
  name: string;
  bytes: Uint8Array;
}

/** Drops files on the drop zone as a person dragging them from a file manager would. */
async function drop(page: Page, files: readonly Upload[]): Promise<void> {
  const payload = files.map(({ name, bytes }) => ({ name, base64: Buffer.from(bytes).toString('base64') }));
  await page.evaluate((items) => {
    const transfer = new DataTransfer();
    for (const { name, base64 } of items) transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name, { type: 'application/pdf' }));
    document.getElementById('drop')?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, payload);
}

async function settled(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll('.file.done, .file.failed').length === n, count, { timeout: 240_000 });
}

async function download(page: Page, selector: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return readFileSync((await file.path()) as string);
}

/** Every console error, page error and request that leaves the page's origin, over a whole test. */
function watch(page: Page, origin: string): { errors: string[]; foreign: string[] } {
  const seen = { errors: [] as string[], foreign: [] as string[] };
  page.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(message.text());
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    const local = url.startsWith('blob:') || url.startsWith('data:') || (origin === 'file://' ? url.startsWith('file://') : new URL(url).origin === origin);
    if (!local) seen.foreign.push(url);
  });
  return seen;
}

describe.skipIf(!browserReady)('the web page in a real browser (skipped: needs /usr/bin/chromium and qpdf)', () => {
  let browser: Browser;
  let standIn: StandInServer | undefined;
  let served: ServeProcess | undefined;
  let cliJson: Buffer;
  let batchDir: string;
  let batch: Upload[];
  /** What the stand-in answers for a scan: the sample's document, as if OCR had read it. */
  let ocrJson = '';

  beforeAll(async () => {
    const cliOut = temporaryFolder();
    expect(hr21(['parse', join(projectRoot, 'input', SAMPLE), '--out', cliOut, '--format', 'json', '--quiet']).status).toBe(0);
    cliJson = readFileSync(join(cliOut, SAMPLE.replace('.pdf', '.json')));
    // Ten files as an HR adviser might gather them: four exports, one protected only against printing, five that cannot be read.
    const sample = seedPdf();
    batch = [
      ...['2024', '2025', '2026', 'concept'].map((year) => ({ name: `functieboek-${year}.pdf`, bytes: sample })),
      { name: 'alleen-lezen.pdf', bytes: ownerPasswordOnly(sample) },
      { name: 'leeg.pdf', bytes: empty() },
      { name: 'pagina.pdf', bytes: html() },
      { name: 'archief.pdf', bytes: zip() },
      { name: 'beveiligd.pdf', bytes: userPassword(sample, 'geheim') },
      { name: 'scan.pdf', bytes: await scanned(1) },
    ];
    batchDir = temporaryFolder();
    mkdirSync(join(batchDir, 'in'));
    for (const { name, bytes } of batch) writeFileSync(join(batchDir, 'in', name), bytes);
    hr21(['parse', join(batchDir, 'in'), '--out', join(batchDir, 'out'), '--format', 'json,md,csv', '--quiet']);
    ocrJson = toJson(await parsePdf(seedPdf(), { fileName: 'scan.pdf' }));
    if (!externalUrl) {
      // The page as `hr21 serve` serves it; the stand-in only records what the page sends to OCR.
      served = await startServeProcess(['--jobs', '1']);
      standIn = await startStandInServer(() => ocrJson);
    }
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await standIn?.close();
    served?.child.kill('SIGTERM');
    await served?.exited;
  });

  const origins = [
    { label: 'opened from disk (file://)', url: () => pathToFileURL(appFile).href, origin: () => 'file://' },
    { label: `served by hr21 serve (${externalUrl ?? 'started by the test'})`, url: () => externalUrl ?? `${(served as ServeProcess).url}/`, origin: () => new URL(externalUrl ?? (served as ServeProcess).url).origin },
  ];

  for (const where of origins) {
    describe(where.label, () => {
      let context: BrowserContext;
      let page: Page;
      let seen: { errors: string[]; foreign: string[] };

      beforeAll(async () => {
        context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 800 } });
        page = await context.newPage();
        seen = watch(page, where.origin());
        await page.goto(where.url());
        await page.waitForSelector('body[data-ready]');
      });

      afterAll(async () => {
        await context?.close();
      });

      it('is in Dutch, shows the 15 functions of a dropped sample, opens one, and downloads the same JSON bytes as the CLI', async () => {
        expect(await page.getAttribute('html', 'lang')).toBe('nl');
        await drop(page, [{ name: SAMPLE, bytes: seedPdf() }]);
        await settled(page, 1);
        expect(await page.locator('#functies tbody tr').count()).toBe(15);
        expect(await page.textContent(`.file[data-file="${SAMPLE}"] .status`)).toMatch(/^15 functies, 1 modules, 34 pagina’s, 1 waarschuwing/);
        await page.click('#functies tbody tr[data-code="N03.01.06"] button');
        expect(await page.textContent('#functie h3')).toBe('Adviseur III');
        expect(await page.textContent('#functie')).toContain('Resultaatgebied 1');
        expect(await download(page, `[data-download="${SAMPLE.replace('.pdf', '.json')}"]`)).toEqual(cliJson);
        const warning = await page.textContent(`.file[data-file="${SAMPLE}"] .warnings li`);
        expect(warning).toMatch(/^pagina 2 — Het overzicht geeft “Medewerker Administratief & Secretarieel II” functiegroep/);
      });

      it('finds functions by the search box and opens one with the keyboard alone; the language switch turns the page English', async () => {
        await page.focus('#search');
        await page.keyboard.type('uitvoering iv');
        expect(await page.locator('#functies tbody tr').count()).toBe(1);
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('functie');
        expect(await page.textContent('#functie h3')).toBe('Medewerker beleidsuitvoering IV');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        expect(await page.isHidden('#functie')).toBe(true);
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
        await page.fill('#search', '');
        await page.click('#language');
        expect(await page.getAttribute('html', 'lang')).toBe('en');
        expect(await page.textContent('label[for="search"]')).toBe('Search functions');
        expect(await page.textContent(`.file[data-file="${SAMPLE}"] .warnings li`)).toMatch(/^page 2 — The overview gives/);
        await page.click('#language');
        expect(await page.getAttribute('html', 'lang')).toBe('nl');
      });

      it('draws the inspection view with a box over every line', async () => {
        await page.click(`.file[data-file="${SAMPLE}"] .downloads button.secondary`);
        expect(await page.locator('#inspect figure').count()).toBe(34);
        expect(await page.locator('#inspect .box.kind-kenmerk').count()).toBeGreaterThan(40);
        await page.click('#inspect button.close');
      });

      it('says in plain Dutch why a non-PDF and an encrypted PDF cannot be read', async () => {
        await drop(page, [
          { name: 'notulen.pdf', bytes: html() },
          { name: 'geheim.pdf', bytes: userPassword(seedPdf(), 'geheim') },
        ]);
        await settled(page, 3);
        expect(await page.textContent('.file[data-file="notulen.pdf"] .error')).toBe('Geen PDF: Dit is geen PDF: het lijkt op HTML of XML.');
        expect(await page.textContent('.file[data-file="geheim.pdf"] .error')).toMatch(/^PDF beveiligd: De PDF is beveiligd met een wachtwoord/);
      });

      it('holds its layout on a narrow window', async () => {
        await page.setViewportSize({ width: 380, height: 800 });
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        await page.setViewportSize({ width: 1280, height: 800 });
      });

      it('made no request outside its origin and logged no error', () => {
        expect(seen.foreign).toEqual([]);
        expect(seen.errors).toEqual([]);
      });
    });
  }

  it('reads a 10-file batch and zips every output with the same bytes as `hr21 parse --format json,md,csv`', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const seen = watch(page, 'file://');
    await page.goto(pathToFileURL(appFile).href);
    await drop(page, batch);
    await settled(page, 10);
    expect(await page.textContent('#batch')).toBe('10 bestanden: 5 gelezen, 5 niet gelukt, 75 functies');
    expect(await page.locator('.needs-server').count()).toBe(1);
    expect(await page.textContent('.file[data-file="scan.pdf"] .needs-server')).toContain('hr21 serve');
    const files = unzipSync(new Uint8Array(await download(page, '#zip')));
    const cliFiles = readdirSync(join(batchDir, 'out')).filter((name) => name !== 'index.json');
    expect(Object.keys(files).filter((name) => name !== 'index.json').sort()).toEqual(cliFiles.sort());
    for (const name of cliFiles) expect(Buffer.from(files[name] as Uint8Array), name).toEqual(readFileSync(join(batchDir, 'out', name)));
    const index = JSON.parse(Buffer.from(files['index.json'] as Uint8Array).toString('utf8')) as { files: { status: string }[] };
    expect(index.files.map((file) => file.status).filter((status) => status === 'failed')).toHaveLength(5);
    expect(seen).toEqual({ errors: [], foreign: [] });
    await context.close();
  });

  it.skipIf(externalUrl !== undefined)('served, sends a scan to the server’s OCR and shows what it read', async () => {
    const server = standIn as StandInServer;
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const seen = watch(page, new URL(server.url).origin);
    await page.goto(server.url);
    const scan = await scanned(1);
    await drop(page, [{ name: 'scan.pdf', bytes: scan }]);
    await settled(page, 1);
    expect(server.ocrRequests).toEqual([{ method: 'POST', url: '/v1/parse?ocr=auto&name=scan.pdf', contentType: 'application/pdf', bytes: scan.byteLength }]);
    expect(await page.locator('#functies tbody tr').count()).toBe(15);
    expect((await download(page, '[data-download="scan.json"]')).toString('utf8')).toBe(ocrJson);
    expect(seen).toEqual({ errors: [], foreign: [] });
    await context.close();
  });
});

describe('hr21 app', () => {
  it('writes the self-contained page as hr21-app.html in --out, the same bytes as the built page', () => {
    const out = temporaryFolder();
    const run = hr21(['app', '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^wrote .*hr21-app\.html \(2\.\d MB\): open it in a browser$/m);
    // equals(), not toEqual: a deep comparison of 3 MB byte by byte takes minutes.
    expect(readFileSync(join(out, 'hr21-app.html')).equals(readFileSync(appFile))).toBe(true);
    expect(readFileSync(appFile, 'utf8')).not.toMatch(/https?:\/\/(?!www\.w3\.org)[^"'\s]*\.(js|css|mjs)\b/);
  });
});
