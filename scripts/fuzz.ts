/**
 * A longer fuzz run than the test's: `npm run fuzz -- --runs 10000 [--seed N] [--timeout S]`.
 * Prints the report as JSON; exits 1 when any mutant crashed the parser.
 */
import { parseArgs } from 'node:util';
import { fuzz } from '../tests/support/fuzz.js';
import { seedPdf } from '../tests/support/seed.js';

const { values } = parseArgs({ options: { runs: { type: 'string' }, seed: { type: 'string' }, timeout: { type: 'string' } } });
const runs = Number(values.runs ?? 1000);
const seed = Number(values.seed ?? 20261128);
const timeoutMs = Number(values.timeout ?? 20) * 1000;
const started = performance.now();
const report = await fuzz([seedPdf()], runs, seed, timeoutMs);
process.stdout.write(`${JSON.stringify({ ...report, seconds: Math.round((performance.now() - started) / 100) / 10 }, null, 2)}\n`);
process.exitCode = report.crashes.length > 0 ? 1 : 0;
