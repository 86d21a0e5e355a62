import net from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parsePdf } from '../src/parse-pdf.js';
import type { Hr21Document } from '../src/schema/document.js';
import { renderHr21Pdf, styles } from './support/render/index.js';
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
