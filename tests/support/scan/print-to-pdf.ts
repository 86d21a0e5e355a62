import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether poppler's pdftops and Ghostscript's ps2pdf are installed (.ci/run installs them). */
export function canPrintToPdf(): boolean {
  try {
    execFileSync('pdftops', ['-v'], { stdio: 'ignore' });
    execFileSync('which', ['ps2pdf'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * "Prints" a PDF the way a PDF printer driver does: to PostScript with poppler, back to PDF with
 * Ghostscript. The text layer survives as glyph codes without a Unicode map.
 */
export function printToPdf(bytes: Uint8Array, pages?: { first: number; last: number }): Uint8Array {
  const folder = mkdtempSync(join(tmpdir(), 'hr21-print-'));
  try {
    writeFileSync(join(folder, 'in.pdf'), bytes);
    const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
    execFileSync('pdftops', [...range, join(folder, 'in.pdf'), join(folder, 'out.ps')], { stdio: 'ignore' });
    execFileSync('ps2pdf', [join(folder, 'out.ps'), join(folder, 'out.pdf')], { stdio: 'ignore' });
    return new Uint8Array(readFileSync(join(folder, 'out.pdf')));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
