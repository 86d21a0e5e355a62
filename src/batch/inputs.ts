import { stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';

export interface InputFile {
  /** Absolute path of the PDF. */
  path: string;
  /** Path below the folder the pattern started from: its outputs mirror it under --out. */
  relative: string;
}

const MAGIC = /[*?[\]{}()!]/;

/** The static folder a glob pattern starts from ("input/**\/*.pdf" → "input"). */
function staticBase(pattern: string): string {
  const parts = pattern.split('/');
  const index = parts.findIndex((part) => MAGIC.test(part));
  const base = parts.slice(0, index === -1 ? parts.length - 1 : index).join('/');
  return base === '' ? '.' : base;
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}

/**
 * Expands the command line's paths and globs: a folder stands for every PDF below it, a
 * file for itself. Each file once, in a stable order.
 */
export async function resolveInputs(
  patterns: readonly string[],
  cwd = process.cwd(),
): Promise<{ files: InputFile[]; unmatched: string[] }> {
  // Loaded here, not at start-up: the first worker is already loading the parser meanwhile.
  const { default: fg } = await import('fast-glob');
  const found = new Map<string, InputFile>();
  const unmatched: string[] = [];
  for (const raw of patterns) {
    const pattern = raw.replace(/\\/g, '/').replace(/\/+$/, '');
    const folder = !MAGIC.test(pattern) && (await isDirectory(resolve(cwd, pattern)));
    const glob = folder ? `${fg.escapePath(pattern)}/**/*.{pdf,PDF}` : pattern;
    const base = resolve(cwd, folder ? pattern : MAGIC.test(pattern) ? staticBase(pattern) : dirname(pattern));
    const matches = await fg(glob, { cwd, absolute: true, onlyFiles: true, dot: false, caseSensitiveMatch: true });
    if (matches.length === 0) unmatched.push(raw);
    for (const path of matches.sort()) {
      if (!found.has(path)) found.set(path, { path, relative: relative(base, path) || join('.', path) });
    }
  }
  return { files: [...found.values()], unmatched };
}
