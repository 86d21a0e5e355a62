import type { JobResult } from '../batch/job.js';
import type { Catalogue } from '../messages/catalogue.js';
import { en } from '../messages/en.js';
import { describeError } from '../messages/render.js';

export interface Reporter {
  start(total: number): void;
  /** `ocrPages` of the file's `pages` were read by OCR. */
  file(display: string, result: JobResult, pages: number, ocrPages?: number): void;
  stop(): void;
}

function useColor(stream: NodeJS.WriteStream): boolean {
  return stream.isTTY === true && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
}

function paint(enabled: boolean, code: number, text: string): string {
  return enabled ? `\u001b[${code}m${text}\u001b[0m` : text;
}

export function describeResult(display: string, result: JobResult, catalogue: Catalogue): { status: 'ok' | 'warn' | 'fail'; text: string } {
  if (!result.ok) return { status: 'fail', text: catalogue.cli.failed({ file: display, code: result.code, text: describeError(catalogue, result) }) };
  const { functies, modules, pages, ocrPages } = result;
  const warnings = result.warnings.length;
  return { status: warnings === 0 ? 'ok' : 'warn', text: catalogue.cli.file({ file: display, functies, modules, pages, ocrPages, warnings }) };
}

const LABEL = { ok: 'ok  ', warn: 'warn', fail: 'FAIL' } as const;
const COLOR = { ok: 32, warn: 33, fail: 31 } as const;

/** One line per file: for logs, pipes and CI. */
export function lineReporter(stream: NodeJS.WriteStream, catalogue: Catalogue = en): Reporter {
  const color = useColor(stream);
  return {
    start() {},
    file(display, result) {
      const { status, text } = describeResult(display, result, catalogue);
      stream.write(`${paint(color, COLOR[status], LABEL[status])} ${text}\n`);
    },
    stop() {},
  };
}

/** A redrawn bar with throughput and ETA, for a person at a terminal; failures still get their line. */
export function barReporter(stream: NodeJS.WriteStream, catalogue: Catalogue = en): Reporter {
  const color = useColor(stream);
  let total = 0;
  let done = 0;
  let pages = 0;
  let ocrPages = 0;
  let started = 0;
  const draw = () => {
    const elapsed = (performance.now() - started) / 1000;
    const width = 24;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    const rate = elapsed > 0 ? pages / elapsed : 0;
    const eta = done > 0 ? ((total - done) * elapsed) / done : 0;
    const ocr = ocrPages > 0 ? `  ${ocrPages} OCR page${ocrPages === 1 ? '' : 's'}` : '';
    stream.write(`\r\u001b[2K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files  ${rate.toFixed(0)} pages/s${ocr}  ETA ${eta.toFixed(0)} s`);
  };
  return {
    start(count) {
      total = count;
      started = performance.now();
      draw();
    },
    file(display, result, filePages, fileOcrPages = 0) {
      done++;
      pages += filePages;
      ocrPages += fileOcrPages;
      if (!result.ok) stream.write(`\r\u001b[2K${paint(color, COLOR.fail, LABEL.fail)} ${describeResult(display, result, catalogue).text}\n`);
      draw();
    },
    stop() {
      stream.write('\r\u001b[2K');
    },
  };
}

export function silentReporter(): Reporter {
  return { start() {}, file() {}, stop() {} };
}
