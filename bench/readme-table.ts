/**
 * `npm run bench:table`: the README's per-group table (hr21 parse, bare pdf.js extraction on pdf.js
 * as installed and on the parser's own pdf.js build, and pdftotext, side by side) written from
 * bench/results/latest.json, so the README's figures come from one run and name the group each
 * holds for. Prints Markdown to paste in.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface GroupRun {
  jobs: number;
  hr21Seconds: number[];
  bareSeconds: number[];
  hr21CpuSeconds: number[];
  bareCpuSeconds: number[];
  ratioToBare: number;
  cpuRatioToBare: number;
  bareBuildSeconds: number[];
  bareBuildCpuSeconds: number[];
  ratioToBareBuild: number;
  cpuRatioToBareBuild: number;
}

interface Group {
  group: string;
  files: number;
  pages: number;
  runs: GroupRun[];
  pdftotextSeconds: number | null;
  pdftotextCpuSeconds: number | null;
}

interface Results {
  date: string;
  label: string | null;
  rounds: number;
  partial?: string;
  loadAverage?: { start: number; end: number };
  groups: Group[];
}

const path = fileURLToPath(new URL('results/latest.json', import.meta.url));
const results = JSON.parse(readFileSync(path, 'utf8')) as Results;
const one = (value: number) => value.toFixed(1);
const fastest = (values: number[]) => Math.min(...values);
const pair = (wall: number[], cpu: number[]) => `${one(fastest(wall))} / ${one(fastest(cpu))}`;

const lines = [
  `From \`bench/results/latest.json\` (${results.date.slice(0, 16).replace('T', ' ')} UTC, ${results.rounds} round${results.rounds === 1 ? '' : 's'}, fastest shown` +
    `${results.loadAverage ? `; load average ${results.loadAverage.start.toFixed(1)} at the start, ${results.loadAverage.end.toFixed(1)} at the end` : ''}` +
    `${results.label ? `; ${results.label}` : ''}${results.partial ? `; partial: ${results.partial}` : ''}).`,
  '',
  '| group | documents | jobs | `hr21 parse` wall / CPU s | bare pdf.js as installed, wall / CPU s | hr21 ÷ that | bare pdf.js, the parser\'s build, wall / CPU s | hr21 ÷ that | `pdftotext` wall / CPU s |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
];
for (const group of results.groups) {
  group.runs.forEach((run, index) => {
    const first = index === 0;
    const pdftotext = first && group.pdftotextSeconds !== null ? `${one(group.pdftotextSeconds)} / ${one(group.pdftotextCpuSeconds ?? Number.NaN)}` : '';
    lines.push(
      `| ${first ? group.group : ''} | ${first ? `${group.files} files, ${group.pages} pages` : ''} | ${run.jobs} | ${pair(run.hr21Seconds, run.hr21CpuSeconds)} | ` +
        `${pair(run.bareSeconds, run.bareCpuSeconds)} | ${run.ratioToBare.toFixed(2)} / ${run.cpuRatioToBare.toFixed(2)} | ` +
        `${pair(run.bareBuildSeconds, run.bareBuildCpuSeconds)} | ${run.ratioToBareBuild.toFixed(2)} / ${run.cpuRatioToBareBuild.toFixed(2)} | ${pdftotext} |`,
    );
  });
}
process.stdout.write(`${lines.join('\n')}\n`);
