import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parsePdf } from '../src/parse-pdf.js';
import type { Hr21Document } from '../src/schema/document.js';
import { renderHr21Pdf, styles } from './support/render/index.js';
import { scanPdf } from './support/scan/index.js';
import { seedExpected, seedPdf } from './support/seed.js';

afterEach(() => vi.restoreAllMocks());

describe('extract: no network', () => {
  it('opens no socket and fetches nothing, also for drawings and non-embedded standard fonts', async () => {
    const connect = vi.spyOn(net.Socket.prototype, 'connect');
    const fetch = vi.spyOn(globalThis, 'fetch');
    const seed = seedExpected() as unknown as Hr21Document;
    // Helvetica is not embedded and its bullets are drawn: pdf.js reads the page's drawing and would like the font's data.
    const drawn = await renderHr21Pdf({ ...seed, schemaVersion: 1, warnings: [], source: { file: 'd.pdf', sha256: '0'.repeat(64), pageCount: 0, title: null, producer: null } }, styles.drawnColumns!);
    await parsePdf(seedPdf());
    expect((await parsePdf(drawn.bytes)).functies).toHaveLength(15);
    expect(connect).not.toHaveBeenCalled();
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('OCR: no network', () => {
  it('reads a scan with the model from node_modules: no thread of the process opens a socket, resolves a name or fetches', async () => {
    const seed = seedExpected() as unknown as Hr21Document;
    const functie = seed.functies[4] as Hr21Document['functies'][number];
    const document = { ...seed, schemaVersion: 1 as const, warnings: [], overzicht: [], modules: [], functies: [functie], source: { file: 's.pdf', sha256: '0'.repeat(64), pageCount: 0, title: null, producer: null } };
    const { bytes } = await renderHr21Pdf(document, styles.wordLike!);
    const folder = mkdtempSync(join(tmpdir(), 'hr21-ocr-network-'));
    try {
      const file = join(folder, 'scan.pdf');
      // One page is enough: the model is loaded before the first page is read.
      writeFileSync(file, await scanPdf(bytes, { name: 'plain', dpi: 200 }));
      const library = new URL('../dist/index.js', import.meta.url).href;
      const script = `import(${JSON.stringify(library)}).then(async ({ parsePdf }) => { const d = await parsePdf(require('node:fs').readFileSync(${JSON.stringify(file)})); console.log(JSON.stringify(d.source.ocr)); })`;
      const preload = fileURLToPath(new URL('./support/no-network.cjs', import.meta.url));
      const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--require', preload, '-e', script], { timeout: 240_000 });
      expect(stderr).not.toContain('NETWORK ATTEMPT');
      expect(JSON.parse(stdout)).toMatchObject({ engine: expect.stringMatching(/^tesseract\.js/), language: 'nld' });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 300_000);
});
