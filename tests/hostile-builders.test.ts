import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFString } from 'pdf-lib';
import { getDocument, OPS, PermissionFlag } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api.js';
import { afterAll, describe, expect, it } from 'vitest';
import {
  brokenBeyondRepair,
  brokenXrefRecoverable,
  empty,
  fontMatrixInjection,
  fontMatrixPayload,
  html,
  invoice,
  letter,
  manyPages,
  mutate,
  mutationNames,
  ownerPasswordOnly,
  payloadText,
  qpdfAvailable,
  qpdfMissingReason,
  randomBytes,
  scanned,
  truncated,
  userPassword,
  zip,
  type Cipher,
  type MutationName,
} from './support/hostile/index.js';

const seedPdf = new Uint8Array(readFileSync(new URL('../fixtures/seed/hr21-normfuncties-selectie.pdf', import.meta.url)));
const SEED_PAGES = 34;

interface Opened {
  numPages: number;
  /** Text items per page, in page order. */
  textItems: number[];
  text: string;
}

type OpenOptions = Omit<DocumentInitParameters, 'data'>;

/** Opens like the parser does (no eval, no font faces) and reads every page's text layer. */
async function openWithPdfjs(bytes: Uint8Array, options: OpenOptions = {}): Promise<Opened> {
  // pdf.js takes ownership of (detaches) what it is given: hand it a copy.
  const task = getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, verbosity: 0, ...options });
  try {
    const doc = await task.promise;
    const textItems: number[] = [];
    const text: string[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const content = await (await doc.getPage(number)).getTextContent();
      textItems.push(content.items.length);
      for (const item of content.items) if ('str' in item) text.push(item.str);
    }
    return { numPages: doc.numPages, textItems, text: text.join('\n') };
  } finally {
    await task.destroy();
  }
}

const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

describe('seed PDF (the base every damaged variant starts from)', () => {
  it(`opens with ${SEED_PAGES} pages of text`, async () => {
    const opened = await openWithPdfjs(seedPdf);
    expect(opened.numPages).toBe(SEED_PAGES);
    expect(sum(opened.textItems)).toBeGreaterThan(1000);
  });
});

describe('notPdf', () => {
  it('empty is zero bytes, and pdf.js says so', async () => {
    expect(empty().byteLength).toBe(0);
    await expect(openWithPdfjs(empty())).rejects.toMatchObject({
      name: 'InvalidPDFException',
      message: 'The PDF file is empty, i.e. its size is zero bytes.',
    });
  });

  it('html is an HTML document that pdf.js rejects as not a PDF structure', async () => {
    expect(latin1(html())).toMatch(/^<!DOCTYPE html>/);
    await expect(openWithPdfjs(html())).rejects.toMatchObject({ name: 'InvalidPDFException', message: 'Invalid PDF structure.' });
  });

  it('zip is a well-formed ZIP archive: local header, central directory, end record', async () => {
    const bytes = Buffer.from(zip());
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
    const end = bytes.length - 22;
    expect(bytes.readUInt32LE(end)).toBe(0x06054b50);
    const centralOffset = bytes.readUInt32LE(end + 16);
    expect(bytes.readUInt32LE(centralOffset)).toBe(0x02014b50);
    expect(centralOffset + bytes.readUInt32LE(end + 12)).toBe(end);
    await expect(openWithPdfjs(zip())).rejects.toMatchObject({ name: 'InvalidPDFException', message: 'Invalid PDF structure.' });
  });

  it('randomBytes is the same for a seed, different across seeds, and never a PDF', async () => {
    expect(randomBytes(7)).toEqual(randomBytes(7));
    expect(randomBytes(7)).not.toEqual(randomBytes(8));
    expect(randomBytes(7, 100)).toHaveLength(100);
    expect(latin1(randomBytes(7))).not.toContain('%PDF-');
    await expect(openWithPdfjs(randomBytes(7))).rejects.toMatchObject({ name: 'InvalidPDFException', message: 'Invalid PDF structure.' });
  });
});

describe('damaged', () => {
  // LibreOffice writes the page tree and catalog at the end, so any real cut loses them: pdf.js
  // scans what is left for objects but finds no document to show.
  it.each([0.1, 0.5, 0.9, 0.97])('truncated to %f of the file is rejected', async (fraction) => {
    const bytes = truncated(seedPdf, fraction);
    expect(bytes.byteLength).toBe(Math.floor(seedPdf.byteLength * fraction));
    await expect(openWithPdfjs(bytes)).rejects.toMatchObject({ name: 'InvalidPDFException', message: 'Invalid PDF structure.' });
  });

  it('brokenXrefRecoverable has no usable offsets left, yet pdf.js rebuilds the index and reads all text', async () => {
    const bytes = brokenXrefRecoverable(seedPdf);
    const text = latin1(bytes);
    expect(text).not.toMatch(/\d{10} \d{5} n/);
    expect(text.match(/startxref\s+(\d+)/)?.[1]).not.toBe(latin1(seedPdf).match(/startxref\s+(\d+)/)?.[1]);
    const [original, repaired] = [await openWithPdfjs(seedPdf), await openWithPdfjs(bytes)];
    expect(repaired.numPages).toBe(SEED_PAGES);
    expect(repaired.textItems).toEqual(original.textItems);
  });

  it('brokenBeyondRepair keeps every offset but no object body, and pdf.js finds no catalog', async () => {
    const bytes = brokenBeyondRepair(seedPdf);
    expect(bytes.byteLength).toBe(seedPdf.byteLength);
    expect(latin1(bytes)).not.toMatch(/\/Type\s*\/(Pages|Catalog)\b/);
    await expect(openWithPdfjs(bytes)).rejects.toMatchObject({ name: 'InvalidPDFException', message: 'Invalid Root reference.' });
  });
});

const hasQpdf = qpdfAvailable();
const needsQpdf = hasQpdf ? '' : ` (skipped: ${qpdfMissingReason})`;
const ciphers: Cipher[] = ['aes-256', 'rc4-128'];

describe.each(ciphers)('encrypted with %s', (cipher) => {
  it.skipIf(!hasQpdf)(`userPassword needs the password: PasswordException NEED_PASSWORD (1) without it${needsQpdf}`, async () => {
    const bytes = userPassword(seedPdf, 'geheim', cipher);
    await expect(openWithPdfjs(bytes)).rejects.toMatchObject({ name: 'PasswordException', code: 1, message: 'No password given' });
    await expect(openWithPdfjs(bytes, { password: 'fout' })).rejects.toMatchObject({
      name: 'PasswordException',
      code: 2,
      message: 'Incorrect Password',
    });
    const opened = await openWithPdfjs(bytes, { password: 'geheim' });
    expect(opened.numPages).toBe(SEED_PAGES);
    expect(sum(opened.textItems)).toBe(sum((await openWithPdfjs(seedPdf)).textItems));
  });

  it.skipIf(!hasQpdf)(`ownerPasswordOnly opens without a password and keeps its restrictions${needsQpdf}`, async () => {
    const bytes = ownerPasswordOnly(seedPdf, cipher);
    expect(latin1(bytes)).toMatch(/\/Encrypt\s+\d+ \d+ R/);
    const opened = await openWithPdfjs(bytes);
    expect(opened.numPages).toBe(SEED_PAGES);
    expect(sum(opened.textItems)).toBe(sum((await openWithPdfjs(seedPdf)).textItems));

    const task = getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 });
    try {
      const permissions = await (await task.promise).getPermissions();
      expect(permissions).not.toBeNull();
      expect(permissions).not.toContain(PermissionFlag.PRINT);
      expect(permissions).not.toContain(PermissionFlag.COPY);
    } finally {
      await task.destroy();
    }
  });

  // A trap for the parser: offering a password to a file that needs none is an error in pdf.js.
  it.skipIf(!hasQpdf)(`ownerPasswordOnly given a wrong password is rejected: PasswordException (2)${needsQpdf}`, async () => {
    await expect(openWithPdfjs(ownerPasswordOnly(seedPdf, cipher), { password: 'geheim' })).rejects.toMatchObject({
      name: 'PasswordException',
      code: 2,
    });
  });
});

describe('scanned', () => {
  it('opens with two pages that each paint an image and carry zero text items', async () => {
    const bytes = await scanned();
    const opened = await openWithPdfjs(bytes);
    expect(opened.numPages).toBe(2);
    expect(opened.textItems).toEqual([0, 0]);

    const task = getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, verbosity: 0 });
    try {
      const doc = await task.promise;
      for (const number of [1, 2]) {
        const { fnArray } = await (await doc.getPage(number)).getOperatorList();
        expect(fnArray).toContain(OPS.paintImageXObject);
        expect(fnArray).not.toContain(OPS.showText);
      }
    } finally {
      await task.destroy();
    }
  });

  it('makes as many pages as asked', async () => {
    expect((await openWithPdfjs(await scanned(1))).textItems).toEqual([0]);
  });
});

describe('letter and invoice (readable, not HR21)', () => {
  const hr21Headings = /functiebeschrijving|functiereeks|functiegroep|resultaatgebied|module\s*hr\s*21/i;

  it('letter opens as one page of Dutch text, accents intact', async () => {
    const opened = await openWithPdfjs(await letter());
    expect(opened.numPages).toBe(1);
    expect(opened.textItems[0]).toBeGreaterThan(10);
    expect(opened.text).toContain('Geachte heer De Vries,');
    expect(opened.text).toContain('financiële');
    expect(opened.text).not.toMatch(hr21Headings);
  });

  it('invoice opens as one page of text', async () => {
    const opened = await openWithPdfjs(await invoice());
    expect(opened.numPages).toBe(1);
    expect(opened.text).toContain('FACTUUR');
    expect(opened.text).toContain('café');
    expect(opened.text).not.toMatch(hr21Headings);
  });
});

describe('fontMatrixPayload (CVE-2024-4367)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hr21-cve-2024-4367-'));
  const markerPath = join(dir, 'pwned');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The /FontMatrix of the page's font, read back from the bytes by pdf-lib, not by pdf.js. */
  async function fontMatrixOf(bytes: Uint8Array): Promise<PDFArray> {
    const pdf = await PDFDocument.load(bytes);
    const fonts = pdf.getPage(0).node.Resources()?.lookup(PDFName.of('Font'), PDFDict);
    const font = fonts?.lookup(PDFName.of('F1'), PDFDict);
    expect(font?.lookup(PDFName.of('Subtype'))).toBe(PDFName.of('Type1'));
    const descriptor = font?.lookup(PDFName.of('FontDescriptor'), PDFDict);
    expect(descriptor?.has(PDFName.of('FontFile'))).toBe(true);
    const matrix = font?.lookup(PDFName.of('FontMatrix'), PDFArray);
    if (!matrix) throw new Error('no /FontMatrix on the font');
    return matrix;
  }

  it('carries the injection as the sixth /FontMatrix element of an embedded Type 1 font', async () => {
    const matrix = await fontMatrixOf(await fontMatrixPayload(markerPath));
    expect(matrix.size()).toBe(6);
    const injected = matrix.lookup(5, PDFString);
    expect(injected.decodeText()).toBe(fontMatrixInjection(markerPath));
    expect(injected.decodeText()).toContain(JSON.stringify(markerPath));
  });

  it('is live: the code pdf.js < 4.2.67 generated from it would write the marker', async () => {
    const matrix = await fontMatrixOf(await fontMatrixPayload(markerPath));
    const args = matrix.asArray().map((element) => (element instanceof PDFString ? element.decodeText() : String((element as PDFNumber).asNumber())));
    const writes: unknown[][] = [];
    // The vulnerable glyph compiler's line for the font matrix, run in a sandbox with a fake fs.
    runInNewContext(`c.transform(${args.join(',')});`, {
      c: { transform: () => undefined },
      require: (name: string) => (name === 'fs' ? { writeFileSync: (...call: unknown[]) => void writes.push(call) } : undefined),
    });
    expect(writes).toEqual([[markerPath, 'pwned']]);
  });

  it('pdf.js 5.6.205 loads the embedded font for getTextContent, drops the matrix, and runs nothing', async () => {
    const bytes = await fontMatrixPayload(markerPath);
    const opened = await openWithPdfjs(bytes);
    expect(opened.text).toBe(payloadText);
    expect(existsSync(markerPath)).toBe(false);

    const task = getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, fontExtraProperties: true, verbosity: 0 });
    try {
      const page = await (await task.promise).getPage(1);
      await page.getOperatorList();
      const fonts = [...page.commonObjs].map(([, font]) => font as { name?: string; missingFile?: boolean; fontMatrix?: number[] });
      const font = fonts.find((candidate) => candidate.name === 'HostileMatrix');
      expect(font?.missingFile).toBe(false);
      expect(font?.fontMatrix).toEqual([0.001, 0, 0, 0.001, 0, 0]);
    } finally {
      await task.destroy();
    }
    expect(existsSync(markerPath)).toBe(false);
  });

  // Glyph compilation (where the old bug ran the payload) happens when drawing, so also draw the
  // page with eval allowed. pdf.js draws through @napi-rs/canvas in Node, an optional dependency.
  interface Context2d {
    getImageData(x: number, y: number, width: number, height: number): { data: Uint8ClampedArray };
  }
  const hasCanvas = (() => {
    try {
      createRequire(import.meta.url).resolve('@napi-rs/canvas');
      return true;
    } catch {
      return false;
    }
  })();
  it.skipIf(!hasCanvas)(
    `rendering with isEvalSupported: true runs nothing either${hasCanvas ? '' : ' (skipped: @napi-rs/canvas is not installed)'}`,
    async () => {
      const task = getDocument({ data: (await fontMatrixPayload(markerPath)).slice(), isEvalSupported: true, disableFontFace: true, verbosity: 0 });
      try {
        const doc = await task.promise;
        const page = await doc.getPage(1);
        const viewport = page.getViewport({ scale: 0.5 });
        // pdf.js types its canvas factory as Object; in Node it hands out @napi-rs/canvas canvases.
        const factory = doc.canvasFactory as { create(width: number, height: number): { canvas: unknown; context: Context2d } };
        const { canvas, context } = factory.create(viewport.width, viewport.height);
        await page.render({ canvas: canvas as HTMLCanvasElement, viewport }).promise;
        // Ink on the page: the glyphs were really drawn, through the code that used to eval.
        const { data } = context.getImageData(0, 0, viewport.width, viewport.height);
        expect(data.some((value, index) => index % 4 !== 3 && value < 128)).toBe(true);
      } finally {
        await task.destroy();
      }
      expect(existsSync(markerPath)).toBe(false);
    },
  );
});

describe('mutate', () => {
  it('is deterministic for a seed', () => {
    for (const seed of [0, 1, 42, 2 ** 31]) {
      const [first, second] = [mutate(seedPdf, seed), mutate(seedPdf, seed)];
      expect(second.mutationName).toBe(first.mutationName);
      expect(sha256(second.bytes)).toBe(sha256(first.bytes));
    }
  });

  it('differs across seeds, never returns the input, and covers every kind', () => {
    const original = sha256(seedPdf);
    const hashes = new Set<string>();
    const kinds = new Map<MutationName, number>();
    for (let seed = 1; seed <= 200; seed++) {
      const mutant = mutate(seedPdf, seed);
      hashes.add(sha256(mutant.bytes));
      kinds.set(mutant.mutationName, (kinds.get(mutant.mutationName) ?? 0) + 1);
    }
    expect(hashes.has(original)).toBe(false);
    // Not all 200: object and stream kinds pick among ~120 objects and ~40 streams, so a few seeds
    // hit the same target and so make the same mutant.
    expect(hashes.size).toBeGreaterThan(170);
    expect([...kinds.keys()].sort()).toEqual([...mutationNames].sort());
  });

  it('each kind changes the file the way its name says', () => {
    const byKind = new Map<MutationName, Uint8Array>();
    for (let seed = 1; byKind.size < mutationNames.length; seed++) {
      const { mutationName, bytes } = mutate(seedPdf, seed);
      if (!byKind.has(mutationName)) byKind.set(mutationName, bytes);
    }
    const zeros = (bytes: Uint8Array): number => bytes.filter((byte) => byte === 0).length;
    const differing = (bytes: Uint8Array): number => bytes.filter((byte, index) => byte !== seedPdf[index]).length;
    const objects = (bytes: Uint8Array): number => latin1(bytes).match(/\d+\s+\d+\s+obj\b/g)?.length ?? 0;

    const flipped = byKind.get('byteFlips') ?? new Uint8Array();
    expect(flipped.byteLength).toBe(seedPdf.byteLength);
    expect(differing(flipped)).toBeGreaterThanOrEqual(1);
    expect(differing(flipped)).toBeLessThanOrEqual(16);
    expect(seedPdf.subarray(0, byKind.get('truncate')?.byteLength)).toEqual(byKind.get('truncate'));
    expect(byKind.get('truncate')?.byteLength).toBeLessThan(seedPdf.byteLength);
    expect(objects(byKind.get('duplicateObject') ?? seedPdf)).toBe(objects(seedPdf) + 1);
    expect(objects(byKind.get('deleteObject') ?? seedPdf)).toBe(objects(seedPdf) - 1);
    expect(byKind.get('zeroStream')?.byteLength).toBe(seedPdf.byteLength);
    expect(zeros(byKind.get('zeroStream') ?? seedPdf)).toBeGreaterThan(zeros(seedPdf));
  });

  it('falls back to byte flips or truncation on input without objects or streams', () => {
    const noise = randomBytes(3);
    const kinds = new Set(Array.from({ length: 50 }, (_, seed) => mutate(noise, seed).mutationName));
    expect([...kinds].sort()).toEqual(['byteFlips', 'truncate']);
  });
});

describe('manyPages', () => {
  // How long it takes is a figure of `npm run bench` (builders), not a test: timing fails on a busy machine.
  it('builds 600 pages of text that pdf.js reads to the last page', async () => {
    const bytes = await manyPages(600);
    const task = getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, verbosity: 0 });
    try {
      const doc = await task.promise;
      expect(doc.numPages).toBe(600);
      const last = await (await doc.getPage(600)).getTextContent();
      expect(last.items.map((item) => ('str' in item ? item.str : '')).join('')).toBe('Pagina 600 van 600');
    } finally {
      await task.destroy();
    }
  });
});
