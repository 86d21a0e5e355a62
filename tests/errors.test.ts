import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ErrorCode, isHr21Error } from '../src/errors/hr21-error.js';
import { parsePdf } from '../src/parse-pdf.js';
import * as hostile from './support/hostile/index.js';
import { temporaryFolder } from './support/cli.js';
import { seedPdf } from './support/seed.js';

/** The error a parse fails with: code and message. */
async function failure(bytes: Uint8Array, options: Parameters<typeof parsePdf>[1] = {}): Promise<{ code: ErrorCode; message: string }> {
  try {
    await parsePdf(bytes, options);
  } catch (error) {
    if (isHr21Error(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected the parse to fail');
}

describe('errors: not a PDF', () => {
  it.each([
    ['an empty file', () => hostile.empty(), 'the file is empty'],
    ['HTML renamed to .pdf', () => hostile.html(), 'it looks like HTML or XML'],
    ['a ZIP renamed to .pdf', () => hostile.zip(), 'it is a ZIP archive'],
    ['random bytes', () => hostile.randomBytes(7), 'it does not start with %PDF-'],
  ])('%s is HR21_NOT_PDF and says what it looks like', async (_, build, reason) => {
    expect(await failure(build())).toEqual({ code: 'HR21_NOT_PDF', message: expect.stringContaining(reason) });
  });
});

describe('errors: damaged', () => {
  it.each([0.1, 0.5, 0.9])('a file truncated to %s of its length is HR21_DAMAGED', async (fraction) => {
    expect((await failure(hostile.truncated(seedPdf(), fraction))).code).toBe('HR21_DAMAGED');
  });

  it('a file whose objects are destroyed is HR21_DAMAGED', async () => {
    expect((await failure(hostile.brokenBeyondRepair(seedPdf()))).code).toBe('HR21_DAMAGED');
  });

  it('a broken cross-reference table that pdf.js can rebuild parses, with a PDF_HERSTELD warning', async () => {
    const document = await parsePdf(hostile.brokenXrefRecoverable(seedPdf()));
    expect(document.functies).toHaveLength(15);
    expect(document.warnings.map((warning) => warning.code)).toContain('PDF_HERSTELD');
  });
});

describe.skipIf(!hostile.qpdfAvailable())(`errors: encrypted (skipped when ${hostile.qpdfMissingReason})`, () => {
  it.each(['aes-256', 'rc4-128'] as const)('a user password (%s) is HR21_ENCRYPTED and points at --password', async (cipher) => {
    expect(await failure(hostile.userPassword(seedPdf(), 'geheim', cipher))).toEqual({ code: 'HR21_ENCRYPTED', message: expect.stringContaining('--password') });
  });

  it('the right password opens it', async () => {
    const document = await parsePdf(hostile.userPassword(seedPdf(), 'geheim'), { password: 'geheim' });
    expect(document.functies).toHaveLength(15);
  });

  it('a wrong password says so', async () => {
    expect(await failure(hostile.userPassword(seedPdf(), 'geheim'), { password: 'fout' })).toEqual({ code: 'HR21_ENCRYPTED', message: expect.stringContaining('wrong') });
  });

  it.each(['aes-256', 'rc4-128'] as const)('an owner-password-only PDF (%s, no printing or copying) parses normally, also when a password is given', async (cipher) => {
    const bytes = hostile.ownerPasswordOnly(seedPdf(), cipher);
    expect((await parsePdf(bytes)).functies).toHaveLength(15);
    expect((await parsePdf(bytes, { password: 'voor-een-ander-bestand' })).functies).toHaveLength(15);
  });
});

describe('errors: readable but not HR21', () => {
  it('a scan (images, no text layer) is HR21_NO_TEXT and says it needs OCR', async () => {
    expect(await failure(await hostile.scanned())).toEqual({ code: 'HR21_NO_TEXT', message: expect.stringContaining('OCR') });
  });

  it.each([
    ['a letter', hostile.letter],
    ['an invoice', hostile.invoice],
  ])('%s is HR21_NOT_HR21', async (_, build) => {
    expect((await failure(await build())).code).toBe('HR21_NOT_HR21');
  });

  it('more pages than the limit is HR21_TOO_LARGE and names the option to raise it', async () => {
    expect(await failure(await hostile.manyPages(30), { maxPages: 20 })).toEqual({ code: 'HR21_TOO_LARGE', message: expect.stringContaining('--max-pages') });
  });
});

describe('security', () => {
  it('a FontMatrix payload (CVE-2024-4367) runs nothing while parsing', async () => {
    const marker = join(temporaryFolder(), 'pwned');
    const bytes = await hostile.fontMatrixPayload(marker);
    await parsePdf(bytes).catch(() => undefined);
    expect(existsSync(marker)).toBe(false);
  });
});
