/**
 * `npm run build`: tsc → dist/, then the worker bundle and its V8 code cache (build-worker.ts)
 * and the web page (build-app.ts).
 * `npm ci` (prepare), `npm test` (pretest), bench and fuzz all build first, so the build is
 * skipped when dist/ was made from the same inputs: a hash of every file it is made from, of
 * the lock file and of the Node version (the code cache is V8's), kept in dist/. `--force`
 * builds anyway.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stamp = join(root, 'dist', '.build-inputs.sha256');
const inputs = ['src', 'scripts/build.ts', 'scripts/build-worker.ts', 'scripts/ascii-source.ts', 'scripts/pdfjs-text-state.ts', 'scripts/pdfjs-painted-paths.ts', 'scripts/pdfjs-worker-plugin.ts', 'scripts/build-app.ts', 'tsconfig.json', 'package-lock.json', 'input/hr21-normfuncties-selectie.pdf'];
/** Without these, a matching hash means nothing (someone emptied dist/ by hand). */
const outputs = ['dist/cli/main.js', 'dist/index.js', 'dist/batch/worker.bundle.cjs', 'dist/batch/worker.bundle.cjs.v8cache', 'dist/app/index.html'];

function filesBelow(path: string): string[] {
  const absolute = join(root, path);
  if (!statSync(absolute).isDirectory()) return [absolute];
  return readdirSync(absolute, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function inputsHash(): string {
  const hash = createHash('sha256').update(`${process.version} ${process.arch}\n`);
  for (const file of inputs.flatMap(filesBelow).sort()) {
    hash.update(`${relative(root, file)}\n`).update(readFileSync(file));
  }
  return hash.digest('hex');
}

const wanted = inputsHash();
const current = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : null;
if (!process.argv.includes('--force') && current === wanted && outputs.every((output) => existsSync(join(root, output)))) {
  process.stdout.write('build: dist/ is up to date with its inputs (npm run build -- --force rebuilds)\n');
} else {
  // Removed first: a build that fails half-way must not look up to date.
  rmSync(stamp, { force: true });
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json')], { stdio: 'inherit' });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
  await import('./build-worker.js');
  await import('./build-app.js');
  writeFileSync(stamp, `${wanted}\n`);
  process.stdout.write('build: dist/ built\n');
}
