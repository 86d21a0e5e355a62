import { describe, expect, it } from 'vitest';
import { errorCodes } from '../src/errors/hr21-error.js';
import { fuzz } from './support/fuzz.js';
import { seedPdf } from './support/seed.js';

const RUNS = 300;
const SEED = 20261128;
const TIMEOUT_MS = 20_000;

describe('fuzz', () => {
  it(`${RUNS} mutated copies of the fixture (seed ${SEED}) each parse or fail with a known code, in time, never a crash`, async () => {
    const report = await fuzz([seedPdf()], RUNS, SEED, TIMEOUT_MS);
    const known = new Set<string>(errorCodes.filter((code) => code !== 'HR21_INTERNAL'));
    expect(report.crashes).toEqual([]);
    expect(Object.keys(report.errors).filter((code) => !known.has(code))).toEqual([]);
    expect(report.parsed + Object.values(report.errors).reduce((sum, count) => sum + count, 0)).toBe(RUNS);
    expect(report.errors.HR21_TIMEOUT ?? 0).toBe(0);
    expect(report.parsed).toBeGreaterThan(0);
  }, 600_000);
});
