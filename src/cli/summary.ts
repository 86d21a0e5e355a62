import type { JobResult } from '../batch/job.js';

export interface Summary {
  files: number;
  ok: number;
  withWarnings: number;
  failed: number;
  pages: number;
  functies: number;
  modules: number;
  warnings: number;
  seconds: number;
  /** Failures per error code. */
  errors: Record<string, number>;
  /** Milliseconds spent in each stage, summed over the files (in parallel, so more than the wall time). */
  stages: Record<string, number>;
  /** Peak resident memory of the whole process, workers included. */
  peakRssMb: number;
  /** Entries below the folders given that are not PDFs (`--verbose` lists them). */
  skipped: number;
  /** Files an earlier run wrote for inputs that failed in this one, now removed. */
  removedOutputs: number;
}

export function summarize(results: readonly JobResult[], seconds: number, housekeeping = { skipped: 0, removedOutputs: 0 }): Summary {
  const summary: Summary = {
    files: results.length,
    ok: 0,
    withWarnings: 0,
    failed: 0,
    pages: 0,
    functies: 0,
    modules: 0,
    warnings: 0,
    seconds: Math.round(seconds * 1000) / 1000,
    errors: {},
    stages: {},
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    ...housekeeping,
  };
  for (const result of results) {
    if (!result.ok) {
      summary.failed++;
      summary.errors[result.code] = (summary.errors[result.code] ?? 0) + 1;
      continue;
    }
    summary.ok++;
    if (result.warnings.length > 0) summary.withWarnings++;
    summary.pages += result.pages;
    summary.functies += result.functies;
    summary.modules += result.modules;
    summary.warnings += result.warnings.length;
    for (const [stage, ms] of Object.entries(result.timings)) summary.stages[stage] = (summary.stages[stage] ?? 0) + ms;
  }
  for (const stage of Object.keys(summary.stages)) summary.stages[stage] = Math.round(summary.stages[stage] as number);
  return summary;
}

export function formatSummary(summary: Summary): string {
  const rate = summary.seconds > 0 ? Math.round(summary.pages / summary.seconds) : summary.pages;
  const errors = Object.entries(summary.errors)
    .map(([code, count]) => `${code} ×${count}`)
    .join(', ');
  const housekeeping = [
    ...(summary.skipped > 0 ? [`${summary.skipped} entr${summary.skipped === 1 ? 'y' : 'ies'} in the folders skipped: not PDFs (--verbose lists them)`] : []),
    ...(summary.removedOutputs > 0 ? [`${summary.removedOutputs} output${summary.removedOutputs === 1 ? '' : 's'} of an earlier run removed: their PDFs failed now (see index.json)`] : []),
  ];
  return [
    `${summary.files} file${summary.files === 1 ? '' : 's'}: ${summary.ok} ok (${summary.withWarnings} with warnings), ${summary.failed} failed${errors ? ` (${errors})` : ''}`,
    `${summary.pages} pages, ${summary.functies} functies, ${summary.modules} modules, ${summary.warnings} warnings in ${summary.seconds.toFixed(2)} s (${rate} pages/s)`,
    ...housekeeping,
  ].join('\n');
}
