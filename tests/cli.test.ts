import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hr21, projectRoot, temporaryFolder } from './support/cli.js';
import * as hostile from './support/hostile/index.js';
import { renderHr21Pdf, styles } from './support/render/index.js';
import type { Hr21Document } from '../src/schema/document.js';
import { seedExpected, seedPdfPath } from './support/seed.js';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

describe('hr21 parse', () => {
  it('parses the seed into JSON that matches the expected content, Markdown and an index, exit 0', () => {
    const out = temporaryFolder();
    const run = hr21(['parse', seedPdfPath, '--out', out]);
    expect(run.status).toBe(0);
    const document = readJson(join(out, 'hr21-normfuncties-selectie.json'));
    const expected = seedExpected();
    expect({ overzicht: document.overzicht, functies: document.functies, modules: document.modules }).toEqual({
      overzicht: expected.overzicht,
      functies: expected.functies,
      modules: expected.modules,
    });
    expect(readFileSync(join(out, 'hr21-normfuncties-selectie.md'), 'utf8')).toContain('# ');
    expect(readJson(join(out, 'index.json')).files).toEqual([
      expect.objectContaining({ file: 'hr21-normfuncties-selectie.pdf', status: 'warnings', pages: 34, functies: 15, modules: 1 }),
    ]);
    expect(run.stderr).toMatch(/^warn hr21-normfuncties-selectie\.pdf|warn .*hr21-normfuncties-selectie\.pdf: 15 functies, 1 modules, 34 pages, 1 warning/m);
    expect(run.stderr).toContain('1 file: 1 ok (1 with warnings), 0 failed');
  });

  it('parses input/ into output/ by default (what npm start does)', () => {
    const cwd = temporaryFolder();
    mkdirSync(join(cwd, 'input', 'sub'), { recursive: true });
    copyFileSync(seedPdfPath, join(cwd, 'input', 'sub', 'boek.pdf'));
    const run = hr21(['parse', '--quiet'], { cwd });
    expect(run.status).toBe(0);
    expect(readdirSync(join(cwd, 'output', 'sub')).sort()).toEqual(['boek.json', 'boek.md']);
  });

  it('writes only the formats asked for, and no temporary files', () => {
    const out = temporaryFolder();
    expect(hr21(['parse', seedPdfPath, '--out', out, '--format', 'json', '--quiet']).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['hr21-normfuncties-selectie.json', 'index.json']);
  });

  it('writes CSV with a BOM, ; as separator and one row per function', () => {
    const out = temporaryFolder();
    expect(hr21(['parse', seedPdfPath, '--out', out, '--format', 'csv', '--quiet']).status).toBe(0);
    const functies = readFileSync(join(out, 'hr21-normfuncties-selectie.functies.csv'), 'utf8');
    expect(functies.startsWith('\uFEFFcode;naam;')).toBe(true);
    expect(functies.trimEnd().split('\r\n')).toHaveLength(16);
    expect(functies).toContain('N02.01.02;Algemeen directeur/(gemeente)secretaris;Management;Strategisch I;16;4;5;');
    const taken = readFileSync(join(out, 'hr21-normfuncties-selectie.taken.csv'), 'utf8');
    expect(taken).toContain(';module;1;Coördinatie;plant en verdeelt de werkzaamheden en verzorgt de afstemming\r\n');
  });

  it('with --split writes one JSON per function named after its code', () => {
    const out = temporaryFolder();
    expect(hr21(['parse', seedPdfPath, '--out', out, '--format', 'json', '--split', '--quiet']).status).toBe(0);
    const parts = readdirSync(join(out, 'hr21-normfuncties-selectie')).sort();
    expect(parts).toHaveLength(15);
    expect(parts[0]).toBe('N02.01.02.json');
    expect(readJson(join(out, 'hr21-normfuncties-selectie', 'N02.01.02.json')).functie.naam).toBe('Algemeen directeur/(gemeente)secretaris');
  });

  it('with --split never writes outside --out, whatever the code and name of a function say', async () => {
    const seed = seedExpected() as unknown as Hr21Document;
    const functie = { ...(seed.functies[0] as Hr21Document['functies'][number]), code: '../../../buiten', naam: 'x/../../y' };
    const document: Hr21Document = { ...seed, schemaVersion: 1, overzicht: [], functies: [functie, { ...functie, code: '..' }], modules: [], warnings: [], source: { file: 'h.pdf', sha256: '0'.repeat(64), pageCount: 0, title: null, producer: null } };
    const cwd = temporaryFolder();
    writeFileSync(join(cwd, 'vijandig.pdf'), (await renderHr21Pdf(document, styles.wordLike!)).bytes);
    expect(hr21(['parse', 'vijandig.pdf', '--out', 'uit/diep', '--format', 'json', '--split', '--quiet'], { cwd }).status).toBe(0);
    expect(readdirSync(cwd).sort()).toEqual(['uit', 'vijandig.pdf']);
    expect(readdirSync(join(cwd, 'uit'))).toEqual(['diep']);
    const parts = readdirSync(join(cwd, 'uit', 'diep', 'vijandig')).sort();
    expect(parts).toHaveLength(2);
    for (const part of parts) expect(part).toMatch(/^[^/\\]+\.json$/);
    expect(parts.every((part) => !part.startsWith('.'))).toBe(true);
  });

  it('finishes a batch of 50 good and bad files with the right counts and one error line per bad file', async () => {
    const cwd = temporaryFolder();
    mkdirSync(join(cwd, 'in', 'sub'), { recursive: true });
    const seed = seedExpected() as unknown as Hr21Document;
    const single: Hr21Document = { ...seed, schemaVersion: 1, overzicht: [], functies: [seed.functies[5] as Hr21Document['functies'][number]], modules: [], warnings: [], source: { file: 's.pdf', sha256: '0'.repeat(64), pageCount: 0, title: null, producer: null } };
    const good = (await renderHr21Pdf(single, styles.symbolFooter!)).bytes;
    for (let index = 0; index < 35; index++) writeFileSync(join(cwd, 'in', index % 2 ? 'sub' : '', `goed-${index}.pdf`), good);
    const bad: [string, Uint8Array][] = [
      ['leeg', hostile.empty()],
      ['html', hostile.html()],
      ['zip', hostile.zip()],
      ['ruis', hostile.randomBytes(7)],
      ['afgebroken', hostile.truncated(good, 0.4)],
      ['kapot', hostile.brokenBeyondRepair(good)],
      ['brief', await hostile.letter()],
      ['factuur', await hostile.invoice()],
      ['scan', await hostile.scanned()],
    ];
    for (let index = 0; index < 15; index++) {
      const [name, bytes] = bad[index % bad.length] as [string, Uint8Array];
      writeFileSync(join(cwd, 'in', `${name}-${index}.pdf`), bytes);
    }
    const run = hr21(['parse', 'in', '--out', 'out', '--jobs', '2'], { cwd });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^50 files: 35 ok \(0 with warnings\), 15 failed \(HR21_DAMAGED ×4, HR21_NOT_HR21 ×2, HR21_NOT_PDF ×8, HR21_NO_TEXT ×1\)$/m);
    expect(run.stderr.match(/^FAIL /gm)).toHaveLength(15);
    expect(run.stderr.match(/^ok {3}in\/(sub\/)?goed-\d+\.pdf/gm)).toHaveLength(35);
    expect(readdirSync(join(cwd, 'out', 'sub')).filter((name) => name.endsWith('.json'))).toHaveLength(17);
    const codes = readJson(join(cwd, 'out', 'index.json')).files.filter((file: { status: string }) => file.status === 'failed').map((file: { error: { code: string } }) => file.error.code);
    expect(new Set(codes)).toEqual(new Set(['HR21_NOT_PDF', 'HR21_DAMAGED', 'HR21_NOT_HR21', 'HR21_NO_TEXT']));
  });

  it('with --sources traces every kenmerk and taak to a page and rectangle', () => {
    const out = temporaryFolder();
    expect(hr21(['parse', seedPdfPath, '--out', out, '--format', 'json', '--sources', '--quiet']).status).toBe(0);
    const { sources } = readJson(join(out, 'hr21-normfuncties-selectie.sources.json'));
    expect(sources['/functies/0/resultaatgebieden/0/taken/0']).toEqual([
      { page: 4, box: [expect.any(Number), expect.any(Number), expect.any(Number), expect.any(Number)], norm: expect.any(Array) },
    ]);
    const document = readJson(join(out, 'hr21-normfuncties-selectie.json'));
    const taken = document.functies.flatMap((functie: { resultaatgebieden: { taken: string[] }[] }, f: number) =>
      functie.resultaatgebieden.flatMap((gebied, r) => gebied.taken.map((_, t) => `/functies/${f}/resultaatgebieden/${r}/taken/${t}`)),
    );
    expect(taken.filter((pointer: string) => !sources[pointer])).toEqual([]);
  });

  it('prints the summary as JSON with --json', () => {
    const run = hr21(['parse', seedPdfPath, '--out', temporaryFolder(), '--json']);
    expect(JSON.parse(run.stdout)).toMatchObject({ files: 1, ok: 1, withWarnings: 1, failed: 0, pages: 34, functies: 15, modules: 1 });
  });

  it('reports a bad file in one line with its code, goes on with the rest and exits 1', () => {
    const cwd = temporaryFolder();
    mkdirSync(join(cwd, 'in'));
    copyFileSync(seedPdfPath, join(cwd, 'in', 'goed.pdf'));
    writeFileSync(join(cwd, 'in', 'kapot.pdf'), '<html><body>geen pdf</body></html>');
    const run = hr21(['parse', 'in', '--out', 'out'], { cwd });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^FAIL in\/kapot\.pdf: HR21_NOT_PDF: not a PDF: it looks like HTML or XML$/m);
    expect(existsSync(join(cwd, 'out', 'goed.json'))).toBe(true);
    expect(existsSync(join(cwd, 'out', 'kapot.json'))).toBe(false);
    expect(readJson(join(cwd, 'out', 'index.json')).files.map((file: { status: string }) => file.status)).toEqual(['warnings', 'failed']);
  });

  it('exits 2 with a hint on a usage error', () => {
    const run = hr21(['parse', '--jobs', 'many']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--jobs takes a positive number');
    expect(hr21(['parse', '--frobnicate']).status).toBe(2);
    expect(hr21(['parse', 'nowhere/*.pdf']).status).toBe(2);
  });
});

describe('hr21 check', () => {
  it('passes when the expected files match, after --update wrote them', () => {
    const expected = temporaryFolder();
    const update = hr21(['check', seedPdfPath, '--expected', expected, '--update']);
    expect(update.status).toBe(0);
    const run = hr21(['check', seedPdfPath, '--expected', expected]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('same ');
  });

  it('fails with a change report naming the function, the resultaatgebied, the taak and the changed words', () => {
    const expected = temporaryFolder();
    hr21(['check', seedPdfPath, '--expected', expected, '--update']);
    const path = join(expected, 'hr21-normfuncties-selectie.json');
    const document = readJson(path);
    document.functies[5].resultaatgebieden[1].taken[0] = 'signaleert en evalueert ontwikkelingen en verricht onderzoek';
    document.functies[5].overwegendeFunctiekenmerken.pop();
    writeFileSync(path, JSON.stringify(document));
    const run = hr21(['check', seedPdfPath, '--expected', expected]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('DIFF ');
    expect(run.stdout).toContain('  ~ N03.01.06 Adviseur III\n');
    expect(run.stdout).toContain('    ~ resultaatgebied 2 › taak 1\n');
    expect(run.stdout).toContain('        - signaleert en evalueert ontwikkelingen en verricht onderzoek\n');
    expect(run.stdout).toContain('        + signaleert{+, volgt+} en evalueert ontwikkelingen en verricht onderzoek\n');
    expect(run.stdout).toMatch(/^ {4}\+ kenmerk 3: \S/m);
  });

  it('reports one removed function as one change, not every later function rewritten', () => {
    const expected = temporaryFolder();
    hr21(['check', seedPdfPath, '--expected', expected, '--update']);
    const path = join(expected, 'hr21-normfuncties-selectie.json');
    const document = readJson(path);
    document.functies.splice(3, 1);
    writeFileSync(path, JSON.stringify(document));
    const run = hr21(['check', seedPdfPath, '--expected', expected]);
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n').filter((line) => /^ +[-+~↕] /.test(line))).toEqual(['  + N02.06.02 Programmamanager I']);
    expect(run.stdout).toContain('1 change: 1 function added, 0 removed, 0 changed');
  });

  it('still compares warnings and page numbers, since both sides come from the same PDF', () => {
    const expected = temporaryFolder();
    hr21(['check', seedPdfPath, '--expected', expected, '--update']);
    const path = join(expected, 'hr21-normfuncties-selectie.json');
    const document = readJson(path);
    document.warnings = [];
    document.functies[0].paginas.tot += 1;
    writeFileSync(path, JSON.stringify(document));
    const run = hr21(['check', seedPdfPath, '--expected', expected]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^ {4}\+ OVERZICHT_FUNCTIEGROEP_AFWIJKEND: /m);
    expect(run.stdout).toMatch(/^ {4}~ pagina's › tot: \d+ → \d+$/m);
  });

  it('fails with a coded line when the expected file is not an output of this tool', () => {
    const expected = temporaryFolder();
    writeFileSync(join(expected, 'hr21-normfuncties-selectie.json'), '{"functies": []}');
    const run = hr21(['check', seedPdfPath, '--expected', expected]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^FAIL \S+: HR21_NOT_HR21: expected file \S+: not an hr21 JSON output: .* at \/schemaVersion$/m);
  });

  it('fails when there is no expected file', () => {
    const run = hr21(['check', seedPdfPath, '--expected', temporaryFolder()]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('MISSING');
  });
});

describe('hr21 schema, help and version', () => {
  it('prints the committed JSON Schema', () => {
    expect(hr21(['schema']).stdout).toBe(readFileSync(join(projectRoot, 'schema', 'hr21.schema.json'), 'utf8'));
  });

  it('prints help with examples for the tool and each command, and the version', () => {
    expect(hr21(['--help']).stdout).toContain('Examples:');
    for (const command of ['parse', 'check', 'schema']) expect(hr21([command, '--help']).stdout).toContain('Example');
    expect(hr21(['--version']).stdout.trim()).toBe(readJson(join(projectRoot, 'package.json')).version);
  });
});
