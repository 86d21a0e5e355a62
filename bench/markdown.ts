/**
 * `npm run bench:markdown [-- --rounds N --warm N FOLDER]`: CPU time of writing the Markdown of
 * the sample-style documents (default: the bench corpus's group-sample-style, 40 books), by our
 * serializer ("new") against remark-stringify with remark-gfm as the tool ran it before ("old",
 * with the tests' oracle options). The documents are parsed once; each round then runs one fresh process per
 * serializer, alternating old and new, and each process reports its first pass over all
 * documents (cold: the code not yet optimised, as in a new worker thread) and its fastest of
 * `--warm` later passes (warm), for the mdast trees and the writing together and for the
 * writing alone. CPU time by process.cpuUsage; load average printed with it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Root, Text } from 'mdast';
import type { Handle, Unsafe } from 'mdast-util-to-markdown';
import type { Hr21Document } from '../src/schema/document.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: 'string' }, warm: { type: 'string' }, child: { type: 'string' }, documents: { type: 'string' } },
});

function cpuMs(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * remark-stringify as src/emit/markdown.ts ran it before our serializer (up to 7a94adf): the
 * tests' oracle options, plus its text handler that ran only the unsafe patterns whose
 * character occurs around the text (same output, a third less time than remark's own).
 */
async function remarkAsBefore(): Promise<(tree: Root) => string> {
  const { defaultHandlers } = await import('mdast-util-to-markdown');
  const { unified } = await import('unified');
  const remarkGfm = (await import('remark-gfm')).default;
  const remarkStringify = (await import('remark-stringify')).default;
  const { gfmOptions, stringifyOptions } = await import('../tests/support/remark-oracle.js');
  const byCharacter = new WeakMap<readonly Unsafe[], Map<string, Unsafe[]>>();
  const patternsFor = (unsafe: readonly Unsafe[]) => {
    let index = byCharacter.get(unsafe);
    if (!index) {
      index = new Map();
      for (const pattern of unsafe) index.set(pattern.character, [...(index.get(pattern.character) ?? []), pattern]);
      byCharacter.set(unsafe, index);
    }
    return index;
  };
  const text: Handle = (node: Text, parent, state, info) => {
    const all = state.unsafe;
    const around = `${info.before}${node.value}${info.after}`;
    const needed: Unsafe[] = [];
    for (const [character, patterns] of patternsFor(all)) if (around.includes(character)) needed.push(...patterns);
    state.unsafe = needed;
    try {
      return defaultHandlers.text(node, parent, state, info);
    } finally {
      state.unsafe = all;
    }
  };
  const processor = unified().use(remarkGfm, gfmOptions).use(remarkStringify, { ...stringifyOptions, handlers: { text } });
  return (tree) => processor.stringify(tree);
}

if (values.child) {
  // One serializer in a fresh process: imports first, so module loading is not counted.
  const documents = JSON.parse(readFileSync(values.documents!, 'utf8')) as Hr21Document[];
  const { toMarkdownTree } = await import('../src/emit/markdown.js');
  const write = values.child === 'old' ? await remarkAsBefore() : (await import('../src/emit/markdown/index.js')).serializeMarkdown;
  // Trees and writing timed apart, one document at a time: the trees are the same code for both serializers.
  const pass = (): { tree: number; write: number; bytes: number } => {
    let tree = 0;
    let writing = 0;
    let bytes = 0;
    for (const document of documents) {
      let start = process.cpuUsage();
      const root = toMarkdownTree(document);
      tree += cpuMs(start);
      start = process.cpuUsage();
      bytes += write(root).length;
      writing += cpuMs(start);
    }
    return { tree, write: writing, bytes };
  };
  const cold = pass();
  const warm = { tree: Number.POSITIVE_INFINITY, write: Number.POSITIVE_INFINITY, both: Number.POSITIVE_INFINITY };
  for (let round = 0; round < Number(values.warm ?? 20); round++) {
    const { tree, write: writing } = pass();
    warm.tree = Math.min(warm.tree, tree);
    warm.write = Math.min(warm.write, writing);
    warm.both = Math.min(warm.both, tree + writing);
  }
  process.stdout.write(JSON.stringify({ cold: cold.tree + cold.write, coldWrite: cold.write, warm: warm.both, warmWrite: warm.write, bytes: cold.bytes }));
} else {
  const folder = positionals[0] ?? join(root, 'bench', 'corpus', 'v3-files-130-book-600-sample-style-40', 'group-sample-style');
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.pdf'))
    .sort()
    .map((name) => join(folder, name));
  // The built library: its worker pool runs the bundled parser (npm run bench:markdown builds first).
  const { parseFiles } = (await import(join(root, 'dist', 'index.js'))) as typeof import('../src/index.js');
  const byPath = new Map<string, Hr21Document>();
  for await (const result of parseFiles(files, { jobs: 2 })) {
    if (!result.ok) throw new Error(`${result.path}: ${result.error.message}`);
    byPath.set(result.path, result.document);
  }
  const documents = [...byPath.keys()].sort().map((path) => byPath.get(path)!);
  const scratch = mkdtempSync(join(tmpdir(), 'hr21-bench-md-'));
  const documentsFile = join(scratch, 'documents.json');
  writeFileSync(documentsFile, JSON.stringify(documents));
  const rounds = Number(values.rounds ?? 5);
  type Run = { cold: number; coldWrite: number; warm: number; warmWrite: number; bytes: number };
  const results: Record<'old' | 'new', Run[]> = { old: [], new: [] };
  const loadBefore = loadavg()[0]!;
  for (let round = 0; round < rounds; round++) {
    for (const which of round % 2 === 0 ? (['old', 'new'] as const) : (['new', 'old'] as const)) {
      const output = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', which, '--documents', documentsFile, '--warm', values.warm ?? '20'], {
        cwd: root,
        encoding: 'utf8',
      });
      results[which].push(JSON.parse(output));
    }
  }
  const loadAfter = loadavg()[0]!;
  rmSync(scratch, { recursive: true, force: true });
  type Figure = Exclude<keyof Run, 'bytes'>;
  const figures: Figure[] = ['cold', 'coldWrite', 'warm', 'warmWrite'];
  const summarise = (list: Run[]) =>
    Object.fromEntries(
      figures.map((key) => {
        const sorted = list.map((entry) => entry[key]).sort((a, b) => a - b);
        return [key, { fastest: sorted[0]!, median: sorted[Math.floor(sorted.length / 2)]! }];
      }),
    );
  const summary = {
    documents: documents.length,
    folder,
    rounds,
    cpus: cpus().length,
    load: { start: loadBefore, end: loadAfter },
    sameBytes: results.old.every((entry, index) => entry.bytes === results.new[index]!.bytes),
    // ms of CPU; cold/warm: trees and writing, coldWrite/warmWrite: the writing alone.
    old: summarise(results.old),
    new: summarise(results.new),
    runs: results,
  };
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
}
