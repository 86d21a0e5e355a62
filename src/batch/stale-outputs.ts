import { readFile, rm, rmdir } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative } from 'node:path';

/** Every file `hr21 parse` may write for one input, besides the split folder. */
const SUFFIXES = ['.json', '.md', '.functies.csv', '.taken.csv', '.sources.json'];

/** The outputs each input had in the output folder's index.json before this run (file → outputs). */
export async function earlierOutputs(outDir: string): Promise<Map<string, string[]>> {
  const earlier = new Map<string, string[]>();
  const index = await readFile(join(outDir, 'index.json'), 'utf8').then(
    (text) => JSON.parse(text) as unknown,
    () => null,
  );
  const files = (index as { files?: unknown } | null)?.files;
  if (!Array.isArray(files)) return earlier;
  for (const entry of files as { file?: unknown; outputs?: unknown }[]) {
    if (typeof entry?.file !== 'string' || !Array.isArray(entry.outputs)) continue;
    earlier.set(entry.file, entry.outputs.filter((output): output is string => typeof output === 'string'));
  }
  return earlier;
}

/**
 * Removes what an earlier run wrote for an input that failed now, so nobody downstream reads
 * data its PDF no longer holds: the outputs its earlier index.json listed (split files included)
 * and, should that index be gone, the files at the names its outputs always have. Returns the
 * removed files, relative to the output folder.
 */
export async function removeStaleOutputs(outDir: string, outStem: string, listed: readonly string[]): Promise<string[]> {
  const inside = (path: string) => {
    const below = relative(outDir, path);
    return below !== '' && !below.startsWith('..') && !isAbsolute(below);
  };
  const candidates = new Set([...listed.map((output) => join(outDir, output)), ...SUFFIXES.map((suffix) => `${outStem}${suffix}`)]);
  const removed: string[] = [];
  for (const path of [...candidates].filter(inside).sort()) {
    const gone = await rm(path).then(
      () => true,
      () => false,
    );
    if (gone) removed.push(relative(outDir, path));
  }
  // The --split folder and the mirrored sub-folders, once emptied; a folder still holding other outputs stays.
  for (let folder = outStem; inside(folder); folder = dirname(folder)) {
    if (!(await rmdir(folder).then(() => true, () => false))) break;
  }
  return removed;
}
