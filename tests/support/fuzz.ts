import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFiles } from '../../dist/index.js';
import { temporaryFolder } from './cli.js';
import { mutate, type MutationName } from './hostile/index.js';

export interface FuzzReport {
  runs: number;
  parsed: number;
  /** Failures per error code. */
  errors: Record<string, number>;
  /** Outcomes per kind of mutation: "parsed" or an error code. */
  byMutation: Record<MutationName, Record<string, number>>;
  slowest: { seed: number; mutation: MutationName; ms: number };
  /** Files that failed with HR21_INTERNAL: a crash of ours, never acceptable. */
  crashes: { seed: number; mutation: MutationName; message: string }[];
}

/**
 * Mutates the base PDFs `runs` times from a fixed seed and parses the mutants on the worker
 * pool, with its time limit: each must parse or fail with a known error code. OCR is off: a
 * mutation that garbles a text layer would otherwise send the file's pages to tesseract (seconds
 * a page), and this fuzzes the PDF reader and the parser; OCR has tests of its own.
 */
export async function fuzz(bases: readonly Uint8Array[], runs: number, firstSeed: number, timeoutMs: number): Promise<FuzzReport> {
  const folder = temporaryFolder('hr21-fuzz-');
  const mutants = new Map<string, { seed: number; mutation: MutationName }>();
  for (let index = 0; index < runs; index++) {
    const seed = firstSeed + index;
    const { mutationName, bytes } = mutate(bases[index % bases.length] as Uint8Array, seed);
    const path = join(folder, `mutant-${seed}.pdf`);
    writeFileSync(path, bytes);
    mutants.set(path, { seed, mutation: mutationName });
  }
  const report: FuzzReport = { runs, parsed: 0, errors: {}, byMutation: {} as FuzzReport['byMutation'], slowest: { seed: firstSeed, mutation: 'byteFlips', ms: 0 }, crashes: [] };
  for await (const result of parseFiles(folder, { timeoutMs, ocr: 'off' })) {
    const mutant = mutants.get(result.path);
    if (!mutant) throw new Error(`unexpected result for ${result.path}`);
    const outcome = result.ok ? 'parsed' : result.error.code;
    if (result.ok) report.parsed++;
    else report.errors[outcome] = (report.errors[outcome] ?? 0) + 1;
    const counts = (report.byMutation[mutant.mutation] ??= {});
    counts[outcome] = (counts[outcome] ?? 0) + 1;
    if (!result.ok && result.error.code === 'HR21_INTERNAL') report.crashes.push({ ...mutant, message: result.error.message });
    if (result.elapsedMs > report.slowest.ms) report.slowest = { ...mutant, ms: Math.round(result.elapsedMs) };
  }
  return report;
}
