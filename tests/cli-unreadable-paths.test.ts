import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Hr21Document } from '../src/schema/document.js';
import { type CliOptions, type CliRun, hr21, temporaryFolder } from './support/cli.js';
import { renderHr21Pdf, styles } from './support/render/index.js';
import { seedExpected } from './support/seed.js';

let good: Uint8Array;
const swapHook = fileURLToPath(new URL('./support/hooks/swap-before-dispatch.mjs', import.meta.url));

beforeAll(async () => {
  const seed = seedExpected() as unknown as Hr21Document;
  const functie = seed.functies[2] as Hr21Document['functies'][number];
  const single: Hr21Document = { ...seed, schemaVersion: 1, overzicht: [], functies: [functie], modules: [], warnings: [], source: { file: 's.pdf', sha256: '0'.repeat(64), pageCount: 0, title: null, producer: null } };
  good = (await renderHr21Pdf(single, styles.wordLike!)).bytes;
});

/** A folder `in/` holding a good PDF, and whatever unreadable entry `make` puts beside it. */
function batchWith(make: (folder: string) => void): string {
  const cwd = temporaryFolder();
  mkdirSync(join(cwd, 'in'));
  writeFileSync(join(cwd, 'in', 'good.pdf'), good);
  make(join(cwd, 'in'));
  return cwd;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const statuses = (cwd: string): string[] =>
  readJson(join(cwd, 'out', 'index.json'))
    .files.map((file: { file: string; status: string }) => `${file.file} ${file.status}`)
    .sort();

/**
 * `hr21 parse` over the folder and over the two files named: the bad path gets one HR21_IO line
 * and a failed entry in index.json, the good file beside it is parsed, the exit code is 1.
 */
function expectCostsThatPathOnly(cwd: string, bad: string, reason: RegExp, options: CliOptions = {}): CliRun[] {
  return [['in'], ['in/good.pdf', `in/${bad}`]].map((paths) => {
    const run = hr21(['parse', ...paths, '--out', 'out'], { ...options, cwd });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^FAIL in/${escape(bad)}: HR21_IO: ${reason.source}$`, 'm'));
    expect(run.stderr).toMatch(/^2 files: 1 ok \(0 with warnings\), 1 failed \(HR21_IO ×1\)$/m);
    expect(existsSync(join(cwd, 'out', 'good.json'))).toBe(true);
    const { files } = readJson(join(cwd, 'out', 'index.json'));
    expect(files).toHaveLength(2);
    expect(files).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: bad, status: 'failed', error: { code: 'HR21_IO', message: expect.stringMatching(reason) } }),
        expect.objectContaining({ file: 'good.pdf', status: 'ok' }),
      ]),
    );
    return run;
  });
}

describe('hr21 parse: a path that cannot be read costs that path only', () => {
  it('a symbolic link to itself: HR21_IO "a symbolic link loop"', () => {
    const cwd = batchWith((folder) => symlinkSync('loop.pdf', join(folder, 'loop.pdf')));
    expectCostsThatPathOnly(cwd, 'loop.pdf', /a symbolic link loop \(ELOOP\)/);
  });

  it('a symbolic link whose target is gone: HR21_IO "dangling"', () => {
    const cwd = batchWith((folder) => symlinkSync('removed.pdf', join(folder, 'dangling.pdf')));
    expectCostsThatPathOnly(cwd, 'dangling.pdf', /a symbolic link whose target does not exist \(ENOENT\)/);
  });

  it('a file without read permission: HR21_IO "permission denied", even when run as root', () => {
    const cwd = batchWith((folder) => {
      writeFileSync(join(folder, 'locked.pdf'), good);
      chmodSync(join(folder, 'locked.pdf'), 0o000);
    });
    expectCostsThatPathOnly(cwd, 'locked.pdf', /cannot read the file: permission denied \(EACCES\)/, { obeyPermissions: true });
  });

  it('a sub-folder that cannot be listed: one HR21_IO line for the folder, the rest parsed', () => {
    const cwd = batchWith((folder) => {
      mkdirSync(join(folder, 'locked'));
      writeFileSync(join(folder, 'locked', 'hidden-from-us.pdf'), good);
      chmodSync(join(folder, 'locked'), 0o000);
    });
    const run = hr21(['parse', 'in', '--out', 'out'], { cwd, obeyPermissions: true });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^FAIL in\/locked: HR21_IO: cannot list the folder: permission denied \(EACCES\)$/m);
    expect(existsSync(join(cwd, 'out', 'good.json'))).toBe(true);
    expect(statuses(cwd)).toEqual(['good.pdf ok', 'locked failed']);
  });

  it('a FIFO never blocks the batch: HR21_IO "a FIFO", at once', () => {
    const cwd = batchWith((folder) => execFileSync('mkfifo', [join(folder, 'pipe.pdf')]));
    const started = performance.now();
    expectCostsThatPathOnly(cwd, 'pipe.pdf', /not a regular file but a FIFO \(named pipe\)/);
    // Opening the FIFO would wait for a writer forever; the two runs end in seconds.
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it('a device: HR21_IO "a character device"', () => {
    const cwd = batchWith((folder) => symlinkSync('/dev/zero', join(folder, 'device.pdf')));
    expectCostsThatPathOnly(cwd, 'device.pdf', /not a regular file but a character device/);
  });

  it('a file that vanishes between listing and reading: HR21_IO "the file is gone"', () => {
    for (const paths of [['in'], ['in/good.pdf', 'in/moved.pdf']]) {
      const cwd = batchWith((folder) => writeFileSync(join(folder, 'moved.pdf'), good));
      const run = hr21(['parse', ...paths, '--out', 'out'], { cwd, nodeArgs: ['--import', swapHook], env: { HR21_TEST_SWAP: 'moved.pdf' } });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^FAIL in\/moved\.pdf: HR21_IO: cannot read the file: the file is gone: it was moved or removed after it was listed \(ENOENT\)$/m);
      expect(existsSync(join(cwd, 'out', 'good.json'))).toBe(true);
      expect(statuses(cwd)).toEqual(['good.pdf ok', 'moved.pdf failed']);
    }
  });

  it('a file replaced by a FIFO after listing: the worker checks what it opened, and never waits for a writer', () => {
    const cwd = batchWith((folder) => writeFileSync(join(folder, 'swapped.pdf'), good));
    const run = hr21(['parse', 'in', '--out', 'out', '--timeout', '20'], { cwd, nodeArgs: ['--import', swapHook], env: { HR21_TEST_SWAP: 'swapped.pdf', HR21_TEST_SWAP_TO: 'fifo' } });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^FAIL in\/swapped\.pdf: HR21_IO: cannot read the file: not a regular file but a FIFO \(named pipe\)$/m);
    expect(statuses(cwd)).toEqual(['good.pdf ok', 'swapped.pdf failed']);
  });

  it('a named path that does not exist: HR21_IO "no such file or folder"; a glob matching nothing is only noted', () => {
    const cwd = batchWith(() => undefined);
    const run = hr21(['parse', 'in/good.pdf', 'in/typo.pdf', 'elsewhere/*.pdf', '--out', 'out'], { cwd });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^FAIL in\/typo\.pdf: HR21_IO: no such file or folder \(ENOENT\)$/m);
    expect(run.stderr).toMatch(/^hr21: no PDF matches "elsewhere\/\*\.pdf"$/m);
    expect(existsSync(join(cwd, 'out', 'good.json'))).toBe(true);
    expect(statuses(cwd)).toEqual(['good.pdf ok', 'typo.pdf failed']);
  });

  it('counts the entries below a folder that are not PDFs in the summary, and lists them with --verbose', () => {
    const cwd = batchWith((folder) => {
      writeFileSync(join(folder, 'notes.txt'), 'not a pdf');
      mkdirSync(join(folder, 'sub'));
      writeFileSync(join(folder, 'sub', 'scan.tiff'), 'not a pdf either');
    });
    const quiet = hr21(['parse', 'in', '--out', 'out'], { cwd });
    expect(quiet.status).toBe(0);
    expect(quiet.stderr).toMatch(/^2 entries in the folders skipped: not PDFs \(--verbose lists them\)$/m);
    expect(quiet.stderr).not.toMatch(/^skip /m);
    const verbose = hr21(['parse', 'in', '--out', 'out', '--verbose'], { cwd });
    expect(verbose.stderr).toMatch(/^skip in\/notes\.txt: not a PDF$/m);
    expect(verbose.stderr).toMatch(/^skip in\/sub\/scan\.tiff: not a PDF$/m);
    expect(readJson(join(cwd, 'out', 'index.json')).skipped).toEqual([
      { file: 'notes.txt', reason: 'not a PDF' },
      { file: 'sub/scan.tiff', reason: 'not a PDF' },
    ]);
    expect(JSON.parse(hr21(['parse', 'in', '--out', 'out', '--json'], { cwd }).stdout)).toMatchObject({ files: 1, skipped: 2 });
  });
});
