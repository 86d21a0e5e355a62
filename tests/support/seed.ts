import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const seedPdfPath = fileURLToPath(new URL('../../fixtures/seed/hr21-normfuncties-selectie.pdf', import.meta.url));
export const seedExpectedPath = fileURLToPath(new URL('../../fixtures/seed/hr21-normfuncties-selectie.expected.json', import.meta.url));

export function seedPdf(): Uint8Array {
  return new Uint8Array(readFileSync(seedPdfPath));
}

export function seedExpected(): { overzicht: unknown[]; functies: unknown[]; modules: unknown[]; source: { file: string; pageCount: number } } {
  return JSON.parse(readFileSync(seedExpectedPath, 'utf8'));
}
