import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** AES-256 is what current writers use; RC4-128 is what older Acrobat and Word still produce. */
export type Cipher = 'aes-256' | 'rc4-128';

let qpdfFound: boolean | undefined;

/** Whether `qpdf` can be run: the encryption builders need it, and tests skip without it. */
export function qpdfAvailable(): boolean {
  qpdfFound ??= spawnSync('qpdf', ['--version'], { stdio: 'ignore' }).status === 0;
  return qpdfFound;
}

/** Why the encryption tests are skipped when qpdf is absent, for the test title. */
export const qpdfMissingReason = 'qpdf is not installed (apt-get install -y qpdf)';

/** Opening needs `password`: a reader without it must refuse. */
export function userPassword(pdfBytes: Uint8Array, password: string, cipher: Cipher = 'aes-256'): Uint8Array {
  if (password === '') throw new Error('userPassword needs a non-empty password: use ownerPasswordOnly for none');
  return qpdfEncrypt(pdfBytes, password, `${password}-owner`, cipher, []);
}

/**
 * Opens without a password, but printing, copying and changing are forbidden unless the owner
 * password is given. Text extraction is a "copy", yet readers (pdf.js too) decrypt regardless.
 */
export function ownerPasswordOnly(pdfBytes: Uint8Array, cipher: Cipher = 'aes-256'): Uint8Array {
  return qpdfEncrypt(pdfBytes, '', 'eigenaar', cipher, ['--print=none', '--extract=n', '--modify=none']);
}

function qpdfEncrypt(pdfBytes: Uint8Array, user: string, owner: string, cipher: Cipher, restrictions: string[]): Uint8Array {
  if (!qpdfAvailable()) throw new Error(qpdfMissingReason);
  const dir = mkdtempSync(join(tmpdir(), 'hr21-encrypt-'));
  try {
    const input = join(dir, 'in.pdf');
    const output = join(dir, 'out.pdf');
    writeFileSync(input, pdfBytes);
    // qpdf 11 refuses to write RC4 unless told that weak crypto is wanted: here it is the point.
    const strength = cipher === 'aes-256' ? ['256'] : ['128', '--use-aes=n'];
    const weak = cipher === 'rc4-128' ? ['--allow-weak-crypto'] : [];
    // Positional `--encrypt user owner bits ... --`: the form every qpdf since 8 understands.
    execFileSync('qpdf', [...weak, input, '--encrypt', user, owner, ...strength, ...restrictions, '--', output], { stdio: 'pipe' });
    return new Uint8Array(readFileSync(output));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
