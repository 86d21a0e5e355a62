import { isAscii } from 'node:buffer';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/** The parameters a bundle built for this loader may use; `import.meta.url` is defined as `bundleUrl`. */
const WRAPPER_PARAMETERS = 'exports, require, module, __filename, __dirname, bundleUrl';

/** The last line of a bundle: which build it came from, so a cache from another build is never used. */
const BUILD_LINE = /\/\/ build: (\S+)\s*$/;

export interface LoadedBundle {
  exports: Record<string, unknown>;
  /** The compiled bundle, to serialise its code after a warm-up (`writeCodeCache`). */
  script: Script;
  /** Whether V8 compiled the bundle from its cache (false: no cache, another build's, or another Node's). */
  fromCache: boolean;
}

/** The footer that marks a bundle with its build's id. */
export function buildFooter(buildId: string): string {
  return `// build: ${buildId}`;
}

/** The V8 code cache kept beside a bundle. */
export function codeCachePath(bundle: URL): string {
  return `${fileURLToPath(bundle)}.v8cache`;
}

function buildIdOf(source: string): string | undefined {
  return BUILD_LINE.exec(source.slice(-200))?.[1];
}

function readCache(bundle: URL, buildId: string | undefined): Buffer | undefined {
  if (buildId === undefined) return undefined;
  try {
    const data = readFileSync(codeCachePath(bundle));
    const header = Buffer.from(`${buildId}\n`);
    return data.subarray(0, header.length).equals(header) ? data.subarray(header.length) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The bundle's text. The build writes it as ASCII, which read as Latin-1 is the same text, made
 * into V8's one-byte string directly; decoding 3 MB as UTF-8 cost a thread 16–22 ms.
 */
function readSource(file: string): string {
  const bytes = readFileSync(file);
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}

/**
 * Runs a CommonJS bundle the way Node would, but compiled from the V8 code cache made at build
 * time: a worker then skips parsing and compiling 3 MB of JavaScript (pdf.js is most of it),
 * about a third of its start-up. V8 itself refuses a cache made by another V8 version or with
 * other flags, but checks only the source's length: the build id makes sure the cache belongs
 * to this very bundle. Without a usable cache the bundle compiles from source as usual.
 */
export function runCachedBundle(bundle: URL, options: { useCache?: boolean } = {}): LoadedBundle {
  const file = fileURLToPath(bundle);
  const source = readSource(file);
  const cachedData = options.useCache === false ? undefined : readCache(bundle, buildIdOf(source));
  const script = new Script(`(function (${WRAPPER_PARAMETERS}) {${source}\n})`, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as Record<string, unknown> };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file), bundle.href);
  return { exports: module.exports, script, fromCache: cachedData !== undefined && script.cachedDataRejected === false };
}

/**
 * Saves the code V8 has compiled for a bundle so far; after a warm-up run that includes the
 * functions the run needed, which V8 would otherwise compile on first call.
 */
export function writeCodeCache(bundle: URL, script: Script): void {
  const source = readFileSync(fileURLToPath(bundle), 'utf8');
  const buildId = buildIdOf(source);
  if (buildId === undefined) throw new Error(`${fileURLToPath(bundle)} has no "${buildFooter('…')}" line`);
  writeFileSync(codeCachePath(bundle), Buffer.concat([Buffer.from(`${buildId}\n`), script.createCachedData()]));
}
