/**
 * The README's screenshots of the web page with the sample, in Debian's chromium at 1280×800:
 * docs/app-list.png (the function list) and docs/app-function.png (an open function).
 * Run after `npm run build`: `tsx scripts/app-screenshots.ts`.
 */
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(pathToFileURL(join(root, 'dist', 'app', 'index.html')).href);
  await page.setInputFiles('#pick', join(root, 'input', 'hr21-normfuncties-selectie.pdf'));
  await page.waitForSelector('.file.done', { timeout: 120_000 });
  await page.click('.file .warnings summary');
  await page.screenshot({ path: join(root, 'docs', 'app-list.png') });
  await page.click('#functies tbody tr[data-code="N03.01.06"] button');
  await page.screenshot({ path: join(root, 'docs', 'app-function.png') });
} finally {
  await browser.close();
}
