import { strToU8, zipSync } from 'fflate';
import type { Emitted } from '../protocol.js';

/** The files `hr21 parse --format json,md,csv` writes for one input, named as it names them. */
export function outputsOf(stem: string, emitted: Emitted): [string, string, string][] {
  return [
    [`${stem}.json`, emitted.json, 'application/json'],
    [`${stem}.md`, emitted.markdown, 'text/markdown'],
    [`${stem}.functies.csv`, emitted.functiesCsv, 'text/csv'],
    [`${stem}.taken.csv`, emitted.takenCsv, 'text/csv'],
  ];
}

export function stemOf(name: string): string {
  return name.replace(/\.pdf$/i, '') || 'document';
}

/** Hands the browser a file to save; the text is written as UTF-8, byte for byte what the CLI writes. */
export function save(name: string, content: string | Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export interface BatchEntry {
  name: string;
  emitted?: Emitted;
  error?: { code: string; message: string };
}

/** One ZIP of a batch: every file's outputs, and an index.json with each input's status like the CLI's. */
export function batchZip(entries: readonly BatchEntry[]): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const used = new Set<string>();
  const index = entries.map(({ name, emitted, error }) => {
    let stem = stemOf(name);
    for (let n = 2; used.has(stem.toLowerCase()); n++) stem = `${stemOf(name)}-${n}`;
    used.add(stem.toLowerCase());
    if (!emitted) return { file: name, status: 'failed', error };
    const outputs = outputsOf(stem, emitted);
    for (const [file, text] of outputs) files[file] = strToU8(text);
    const { document } = emitted;
    return {
      file: name,
      status: document.warnings.length > 0 ? 'warnings' : 'ok',
      sha256: document.source.sha256,
      pages: document.source.pageCount,
      functies: document.functies.length,
      modules: document.modules.length,
      outputs: outputs.map(([file]) => file),
      warnings: document.warnings,
    };
  });
  files['index.json'] = strToU8(`${JSON.stringify({ files: index }, null, 2)}\n`);
  return zipSync(files, { level: 6 });
}
