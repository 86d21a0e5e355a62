import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Hr21Document } from '../src/schema/document.js';
import { hr21, temporaryFolder } from './support/cli.js';
import * as hostile from './support/hostile/index.js';
import { renderHr21Pdf, styles } from './support/render/index.js';
import { seedExpected } from './support/seed.js';

let good: Uint8Array;

beforeAll(async () => {
  const seed = seedExpected() as unknown as Hr21Document;
  const functies = seed.functies.slice(0, 2) as Hr21Document['functies'];
  const book: Hr21Document = { ...seed, schemaVersion: 1, overzicht: [], functies, modules: [], warnings: [], source: { file: 's.pdf', sha256: '0'.repeat(64), pageCount: 0, title: null, producer: null } };
  good = (await renderHr21Pdf(book, styles.wordLike!)).bytes;
});

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const everything = ['--format', 'json,md,csv', '--split', '--sources'];

/** in/sub/boek.pdf and in/ander.pdf, parsed once with every output. */
function parsedOnce(): string {
  const cwd = temporaryFolder();
  mkdirSync(join(cwd, 'in', 'sub'), { recursive: true });
  writeFileSync(join(cwd, 'in', 'sub', 'boek.pdf'), good);
  writeFileSync(join(cwd, 'in', 'ander.pdf'), good);
  expect(hr21(['parse', 'in', '--out', 'out', ...everything], { cwd }).status).toBe(0);
  expect(readdirSync(join(cwd, 'out', 'sub')).sort()).toEqual(['boek', 'boek.functies.csv', 'boek.json', 'boek.md', 'boek.sources.json', 'boek.taken.csv']);
  return cwd;
}

describe('hr21 parse: a PDF that fails now keeps no outputs from an earlier run', () => {
  it('parse, replace the PDF by a broken one, parse again: no stale JSON, Markdown, CSV, sources or split files', () => {
    const cwd = parsedOnce();
    writeFileSync(join(cwd, 'in', 'sub', 'boek.pdf'), hostile.truncated(good, 0.3));
    const run = hr21(['parse', 'in', '--out', 'out', ...everything], { cwd });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^FAIL in\/sub\/boek\.pdf: HR21_DAMAGED: /m);
    expect(run.stderr).toMatch(/^7 outputs of an earlier run removed: their PDFs failed now \(see index\.json\)$/m);
    expect(existsSync(join(cwd, 'out', 'sub'))).toBe(false);
    // The other file's outputs stay.
    expect(readdirSync(join(cwd, 'out')).sort()).toEqual(['ander', 'ander.functies.csv', 'ander.json', 'ander.md', 'ander.sources.json', 'ander.taken.csv', 'index.json']);
    const failed = readJson(join(cwd, 'out', 'index.json')).files.find((file: { file: string }) => file.file === 'sub/boek.pdf');
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'HR21_DAMAGED' } });
    expect(failed.removedOutputs).toHaveLength(7);
    expect(failed.removedOutputs).toEqual(expect.arrayContaining(['sub/boek.json', 'sub/boek.md', 'sub/boek.functies.csv', 'sub/boek.taken.csv', 'sub/boek.sources.json']));
  });

  it('without the earlier index.json still removes the outputs at their usual names', () => {
    const cwd = parsedOnce();
    rmSync(join(cwd, 'out', 'index.json'));
    writeFileSync(join(cwd, 'in', 'sub', 'boek.pdf'), '<html>geen pdf meer</html>');
    const run = hr21(['parse', 'in', '--out', 'out', '--format', 'json'], { cwd });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^5 outputs of an earlier run removed/m);
    // Only the split folder, which only the index knew of, is left.
    expect(readdirSync(join(cwd, 'out', 'sub'))).toEqual(['boek']);
  });

  it('a PDF named on the command line that is gone now loses its outputs too', () => {
    const cwd = parsedOnce();
    rmSync(join(cwd, 'in', 'ander.pdf'));
    const run = hr21(['parse', 'in/ander.pdf', 'in/sub', '--out', 'out', '--format', 'json,md'], { cwd });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^FAIL in\/ander\.pdf: HR21_IO: no such file or folder \(ENOENT\)$/m);
    expect(existsSync(join(cwd, 'out', 'ander.json'))).toBe(false);
    expect(existsSync(join(cwd, 'out', 'ander.md'))).toBe(false);
  });
});
