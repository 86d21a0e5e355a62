import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hr21DocumentSchema } from '../src/schema/document.js';
import { hr21JsonSchema } from '../src/schema/json-schema.js';

const committed = new URL('../schema/hr21.schema.json', import.meta.url);

describe('schema', () => {
  it('the committed JSON Schema is the one generated from the zod schema (run `npm run schema` after changing it)', () => {
    expect(readFileSync(committed, 'utf8')).toBe(hr21JsonSchema());
  });

  it('the JSON Schema requires every top-level part of the document', () => {
    const schema = JSON.parse(hr21JsonSchema()) as { required: string[] };
    expect(schema.required).toEqual(['schemaVersion', 'source', 'overzicht', 'functies', 'modules', 'warnings']);
  });

  it('rejects text that is not whitespace-collapsed', () => {
    const result = hr21DocumentSchema.shape.overzicht.safeParse([{ pagina: 4, naam: ' Adviseur  I', functiegroep: null, indicatieveSchaal: null }]);
    expect(result.success).toBe(false);
  });

  it('rejects a source file given as a path', () => {
    const result = hr21DocumentSchema.shape.source.safeParse({ file: 'a/b.pdf', sha256: '0'.repeat(64), pageCount: 1, title: null, producer: null });
    expect(result.success).toBe(false);
  });
});
