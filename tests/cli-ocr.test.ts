import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hr21, temporaryFolder } from './support/cli.js';
import { canPrintToPdf, printToPdf } from './support/scan/index.js';
import { seedPdf } from './support/seed.js';

describe.skipIf(!canPrintToPdf())('hr21 parse --ocr', () => {
  const folder = temporaryFolder('hr21-cli-ocr-');
  const printed = join(folder, 'printed.pdf');
  // One page of the sample printed through PostScript: its text layer decodes to nothing.
  writeFileSync(printed, printToPdf(seedPdf(), { first: 4, last: 4 }));

  it('reads an undecodable page by OCR by default and says so on the file\'s line and in the JSON', () => {
    const out = join(folder, 'auto');
    const run = hr21(['parse', printed, '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/printed\.pdf: 1 functies, 0 modules, 1 page \(1 read by OCR\)/);
    const document = JSON.parse(readFileSync(join(out, 'printed.json'), 'utf8'));
    expect(document.source.ocr).toMatchObject({ pages: [1], language: 'nld' });
    expect(document.functies[0].code).toBe('N02.01.02');
  }, 300_000);

  it('with --ocr off fails the file with HR21_NO_TEXT, naming --ocr', () => {
    const run = hr21(['parse', printed, '--out', join(folder, 'off'), '--ocr', 'off']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/FAIL .*printed\.pdf: HR21_NO_TEXT: the text layer cannot be decoded .* --ocr auto/);
  });

  it('a given --timeout bounds a file read by OCR too', () => {
    const run = hr21(['parse', printed, '--out', join(folder, 'timeout'), '--timeout', '0.5']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/FAIL .*printed\.pdf: HR21_TIMEOUT: parsing took longer than 0\.5\d* s \(--timeout on the command line raises it\)/);
  });

  it('refuses an unknown mode as a usage error', () => {
    const run = hr21(['parse', printed, '--ocr', 'maybe']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--ocr takes auto, on or off, not "maybe"');
  });
});
