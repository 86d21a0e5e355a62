import { type Dirent, readdir } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, relative, resolve } from 'node:path';
import { describeIoError, describeNonFile } from './io-problem.js';

export interface InputFile {
  /** Absolute path of the PDF. */
  path: string;
  /** Path below the folder the pattern started from: its outputs mirror it under --out. */
  relative: string;
  /** Why the path cannot be read: it is reported as failed (HR21_IO) and not parsed. */
  problem?: string;
  /** The unreadable path is a folder (so it never had outputs of its own). */
  folder?: true;
}

/** An entry below a folder that is not parsed because it is not a PDF. */
export interface SkippedEntry {
  path: string;
  /** Path below the folder named on the command line. */
  relative: string;
  reason: string;
}

export interface ResolvedInputs {
  files: InputFile[];
  skipped: SkippedEntry[];
  /** Globs and folders that gave nothing at all. */
  unmatched: string[];
}

const MAGIC = /[*?[\]{}()!]/;
const PDF_NAME = /\.pdf$/i;

/** The static folder a glob pattern starts from ("input/**\/*.pdf" → "input"). */
function staticBase(pattern: string): string {
  const parts = pattern.split('/');
  const index = parts.findIndex((part) => MAGIC.test(part));
  const base = parts.slice(0, index === -1 ? parts.length - 1 : index).join('/');
  return base === '' ? '.' : base;
}

interface Walked {
  entries: { path: string; dirent: Pick<Dirent, 'isDirectory' | 'isFile'> }[];
  /** Folders below the start that could not be listed, with the error. */
  unreadable: Map<string, unknown>;
}

/**
 * fast-glob either throws on the first folder it cannot list (ending the whole batch) or, with
 * suppressErrors, drops it without a word. Its file-system adapter lets each such folder be
 * recorded instead and the walk go on.
 */
async function walk(glob: string, cwd: string): Promise<Walked> {
  const { default: fg } = await import('fast-glob');
  const unreadable = new Map<string, unknown>();
  const recordingReaddir = ((path: string, options: unknown, callback: (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void) =>
    readdir(path, options as { withFileTypes: true }, (error, entries) => {
      if (error && error.code !== 'ENOENT') {
        unreadable.set(resolve(cwd, path), error);
        callback(null, []);
      } else callback(error, entries);
    })) as unknown as typeof readdir;
  const found = await fg(glob, { cwd, absolute: true, onlyFiles: false, objectMode: true, dot: false, caseSensitiveMatch: true, fs: { readdir: recordingReaddir } });
  return { entries: found.map((entry) => ({ path: entry.path, dirent: entry.dirent })), unreadable };
}

/** A path that is not a readable file, as an input reported failed rather than parsed. */
async function problemOf(path: string, base: string): Promise<InputFile> {
  const stats = await stat(path).catch((error: unknown) => error as Error);
  const problem = stats instanceof Error ? await describeIoError(stats, path) : describeNonFile(stats);
  return { path, relative: relative(base, path) || basename(path), problem };
}

/**
 * Expands the command line's paths and globs: a folder stands for every PDF below it, a
 * file for itself. Each file once, in a stable order. A path that cannot be read (a link loop
 * or a dangling link, no permission, a FIFO or device, a folder that cannot be listed) is
 * returned with its problem instead of ending the batch or vanishing; entries below a folder
 * that are not PDFs are returned as skipped. Hidden files and folders are left out.
 */
export async function resolveInputs(patterns: readonly string[], cwd = process.cwd()): Promise<ResolvedInputs> {
  const found = new Map<string, InputFile>();
  const skipped: SkippedEntry[] = [];
  const unmatched: string[] = [];
  const add = (file: InputFile) => {
    if (!found.has(file.path)) found.set(file.path, file);
  };
  for (const raw of patterns) {
    const pattern = raw.replace(/\\/g, '/').replace(/\/+$/, '');
    const absolute = resolve(cwd, pattern);
    if (!MAGIC.test(pattern)) {
      const stats = await stat(absolute).catch(() => null);
      if (stats?.isFile()) {
        add({ path: absolute, relative: basename(absolute) });
        continue;
      }
      if (!stats?.isDirectory()) {
        add(await problemOf(absolute, dirname(absolute)));
        continue;
      }
    }
    // Loaded here, not at start-up: the first worker is already loading the parser meanwhile.
    const { default: fg } = await import('fast-glob');
    const folder = !MAGIC.test(pattern);
    const base = resolve(cwd, folder ? pattern : staticBase(pattern));
    const { entries, unreadable } = await walk(folder ? `${fg.escapePath(pattern)}/**` : pattern, cwd);
    const before = found.size;
    const byPath = <T extends { path: string }>(a: T, b: T) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    const inputs = entries.filter(({ dirent }) => !dirent.isDirectory()).sort(byPath);
    for (const { path, dirent } of inputs) {
      if (folder && !PDF_NAME.test(path)) skipped.push({ path, relative: relative(base, path), reason: 'not a PDF' });
      else if (dirent.isFile()) add({ path, relative: relative(base, path) });
      else add(await problemOf(path, base));
    }
    for (const { path, error } of [...unreadable].map(([path, error]) => ({ path, error })).sort(byPath)) {
      add({ path, relative: relative(base, path) || basename(path), problem: `cannot list the folder: ${await describeIoError(error, path)}`, folder: true });
    }
    if (found.size === before) unmatched.push(raw);
  }
  return { files: [...found.values()], skipped, unmatched };
}
