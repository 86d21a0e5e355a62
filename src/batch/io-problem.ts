import type { Stats } from 'node:fs';
import { lstat } from 'node:fs/promises';

/** What a path is when it is neither a file nor a folder; opening one could block (a FIFO) or never end (a device). */
export function describeNonFile(stats: Stats): string {
  if (stats.isFIFO()) return 'not a regular file but a FIFO (named pipe)';
  if (stats.isCharacterDevice()) return 'not a regular file but a character device';
  if (stats.isBlockDevice()) return 'not a regular file but a block device';
  if (stats.isSocket()) return 'not a regular file but a socket';
  return 'not a regular file';
}

/**
 * Why a path could not be read, in words a person can act on, with the system's code for
 * scripts. `gone` is what ENOENT means for a path that existed when it was listed.
 */
export async function describeIoError(error: unknown, path: string, gone = 'no such file or folder'): Promise<string> {
  const { code, message } = error as NodeJS.ErrnoException;
  switch (code) {
    case 'ELOOP':
      return 'a symbolic link loop (ELOOP)';
    case 'ENOENT': {
      // stat follows links, lstat does not: a link that is there but leads nowhere is dangling.
      const link = await lstat(path).catch(() => null);
      return link?.isSymbolicLink() ? 'a symbolic link whose target does not exist (ENOENT)' : `${gone} (ENOENT)`;
    }
    case 'EACCES':
    case 'EPERM':
      return `permission denied (${code})`;
    case 'ENOTDIR':
      return 'a part of the path is not a folder (ENOTDIR)';
    default:
      return code === undefined ? String(message ?? error) : `${message} (${code})`;
  }
}
