import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentDiffSchema } from '../src/schema/diff.js';
import type { Hr21Document } from '../src/schema/document.js';
import { hr21, projectRoot, temporaryFolder } from './support/cli.js';
import { seedPdfPath } from './support/seed.js';

let folder: string;
let parsedPath: string;
let editedPath: string;

beforeAll(() => {
  folder = temporaryFolder();
  expect(hr21(['parse', seedPdfPath, '--out', folder, '--format', 'json', '--quiet']).status).toBe(0);
  parsedPath = join(folder, 'hr21-normfuncties-selectie.json');
  const edited = JSON.parse(readFileSync(parsedPath, 'utf8')) as Hr21Document;
  edited.functies[5]!.resultaatgebieden[1]!.taken[0] += ' en rapporteert daarover';
  edited.functies[0]!.overwegendeFunctiekenmerken.push('stuurt een nieuw team aan');
  edited.functies.splice(3, 1);
  editedPath = join(folder, 'nieuwe-editie.json');
  writeFileSync(editedPath, JSON.stringify(edited));
});

describe('hr21 diff', () => {
  it('exits 0 for two parses of the same PDF, one of them read back from its JSON', () => {
    const run = hr21(['diff', seedPdfPath, parsedPath]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('No differences.');
  });

  it('exits 1 and prints one block per function in a pipe, the changed words marked without colour', () => {
    const run = hr21(['diff', parsedPath, editedPath], { env: { NO_COLOR: '' } });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain('\u001b[');
    expect(run.stdout).toContain('3 changes: 0 functions added, 1 removed, 2 changed\n');
    expect(run.stdout).toContain('\n- N02.06.02 Programmamanager I\n');
    expect(run.stdout).toMatch(/^ {2}\+ kenmerk \d+: stuurt een nieuw team aan$/m);
    expect(run.stdout).toContain('  ~ resultaatgebied 2 › taak 1\n');
    expect(run.stdout).toContain('      + signaleert, volgt en evalueert ontwikkelingen en verricht onderzoek {+en rapporteert daarover+}\n');
  });

  it.skipIf(!existsSync('/usr/bin/script'))('colours the report at a terminal, and not when NO_COLOR is set', () => {
    // script(1) gives the command a pseudo-terminal, as a user's shell would.
    const atTerminal = (noColor: string) =>
      spawnSync('/usr/bin/script', ['-qec', `${process.execPath} ${join(projectRoot, 'dist/cli/main.js')} diff ${parsedPath} ${editedPath}`, '/dev/null'], {
        env: { ...process.env, NO_COLOR: noColor },
        encoding: 'utf8',
      });
    const coloured = atTerminal('');
    expect(coloured.status).toBe(1);
    expect(coloured.stdout).toMatch(/\u001b\[32m\u001b\[7men rapporteert daarover\u001b\[27m/);
    const plain = atTerminal('1');
    expect(plain.stdout).not.toContain('\u001b[');
    expect(plain.stdout).toContain('{+en rapporteert daarover+}');
  });

  it('prints the contract change list with --json, valid against the schema', () => {
    const run = hr21(['diff', parsedPath, editedPath, '--json']);
    expect(run.status).toBe(1);
    const diff = documentDiffSchema.parse(JSON.parse(run.stdout));
    expect(diff.old.file).toBe('hr21-normfuncties-selectie.pdf');
    expect(diff.old.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(diff.changes.map((change) => `${change.kind} ${change.subject}`)).toEqual(['added kenmerk', 'removed functie', 'changed taak']);
  });

  it('writes a Markdown and an HTML report in Dutch with --out, summary counts first', () => {
    const md = join(folder, 'wijzigingen.md');
    const html = join(folder, 'wijzigingen.html');
    expect(hr21(['diff', parsedPath, editedPath, '--format', 'md', '--lang', 'nl', '--out', md]).status).toBe(1);
    expect(hr21(['diff', parsedPath, editedPath, '-f', 'html', '--lang', 'nl', '-o', html]).status).toBe(1);
    const markdown = readFileSync(md, 'utf8');
    expect(markdown.indexOf('| Wijzigingen | Functies toegevoegd | Functies verwijderd | Functies gewijzigd |')).toBeLessThan(markdown.indexOf('## Functies'));
    expect(markdown).toContain('verricht onderzoek **en rapporteert daarover**');
    expect(markdown).toContain('### - N02.06.02 Programmamanager I (verwijderd)');
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<html lang="nl">');
    expect(page).toContain('verricht onderzoek <ins>en rapporteert daarover</ins>');
  });

  it('gives each side that cannot be read its coded one-line error and exits 2', () => {
    const notPdf = join(folder, 'notities.pdf');
    writeFileSync(notPdf, 'geen pdf');
    const foreign = join(folder, 'ander.json');
    writeFileSync(foreign, '{"name": "iets anders"}');
    const missing = hr21(['diff', join(folder, 'weg.pdf'), notPdf]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^FAIL \S*weg\.pdf: HR21_IO: file system error \(ENOENT/m);
    expect(missing.stderr).toMatch(/^FAIL \S*notities\.pdf: HR21_NOT_PDF: /m);
    const json = hr21(['diff', foreign, parsedPath]);
    expect(json.status).toBe(2);
    expect(json.stderr).toMatch(/^FAIL \S*ander\.json: HR21_NOT_HR21: not an hr21 JSON output: .*$/m);
    expect(json.stdout).toBe('');
  });

  it('exits 2 with a hint on a usage error', () => {
    for (const args of [['diff', parsedPath], ['diff', parsedPath, editedPath, '--format', 'pdf'], ['diff', parsedPath, editedPath, '--lang', 'de'], ['diff', parsedPath, editedPath, '--json', '--format', 'md']]) {
      const run = hr21(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('hr21 --help');
    }
  });

  it('is in the help', () => {
    expect(hr21(['--help']).stdout).toContain('diff OLD NEW');
    expect(hr21(['diff', '--help']).stdout).toContain('Examples:');
  });
});
