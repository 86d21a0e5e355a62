import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, temporaryFolder } from './support/cli.js';
import { seedPdfPath } from './support/seed.js';

const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('the package, installed into another project', () => {
  it('is usable from its tarball: parsePdf, parseFiles, the schema, and type declarations', { timeout: 240_000 }, () => {
    const packed = temporaryFolder('hr21-pack-');
    npm(['pack', '--ignore-scripts', '--pack-destination', packed], projectRoot);
    const tarball = join(packed, readdirSync(packed).find((name) => name.endsWith('.tgz')) as string);

    const project = temporaryFolder('hr21-user-');
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user', private: true, type: 'module' }));
    npm(['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], project);

    writeFileSync(
      join(project, 'use.ts'),
      `import { readFile } from 'node:fs/promises';
import { hr21DocumentSchema, parseFiles, parsePdf, type Hr21Document } from 'hr21-parse';

const document: Hr21Document = await parsePdf(await readFile(${JSON.stringify(seedPdfPath)}), { fileName: 'seed.pdf' });
const codes: (string | null)[] = document.functies.map((functie) => functie.code);
let files = 0;
for await (const result of parseFiles([${JSON.stringify(seedPdfPath)}], { jobs: 1 })) if (result.ok) files += result.document.functies.length;
console.log(JSON.stringify({ valid: hr21DocumentSchema.safeParse(document).success, functies: codes.length, files }));
`,
    );
    const tsc = join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc');
    // Type-checks (strict) and compiles: a missing or wrong declaration fails here.
    execFileSync(process.execPath, [tsc, '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', '--typeRoots', join(projectRoot, 'node_modules', '@types'), 'use.ts'], { cwd: project, stdio: 'pipe' });
    const output = execFileSync(process.execPath, ['use.js'], { cwd: project, encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual({ valid: true, functies: 15, files: 15 });
  });
});
