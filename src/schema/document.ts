import { z } from 'zod';
import { collapseWhitespace } from '../layout/text.js';

/** A text field: whitespace-collapsed and trimmed, never empty. */
const text = z
  .string()
  .min(1)
  .refine((value) => value === collapseWhitespace(value), {
    message: 'must be whitespace-collapsed and trimmed',
  });

const pageNumber = z.number().int().positive();

export const paginasSchema = z
  .object({ van: pageNumber, tot: pageNumber })
  .refine((range) => range.van <= range.tot, { message: 'van must not be after tot' });

/** Which pages were read by OCR, by what, and how sure it was (contract 1.1). */
export const ocrSourceSchema = z.object({
  pages: z.array(pageNumber).min(1),
  engine: z.string().min(1),
  language: z.string().min(1),
  /** Mean word confidence over the OCR'd pages, 0–100. */
  meanConfidence: z.number().min(0).max(100),
});

export const sourceSchema = z.object({
  file: z.string().min(1).refine((name) => !/[\\/]/.test(name), { message: 'must be a base name, not a path' }),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  pageCount: z.number().int().nonnegative(),
  title: z.string().nullable(),
  producer: z.string().nullable(),
  /** Null when every page was read from its text layer; absent in documents written before 1.1. */
  ocr: ocrSourceSchema.nullable().optional(),
});

export const overzichtRijSchema = z.object({
  pagina: pageNumber.nullable(),
  naam: text,
  functiegroep: text.nullable(),
  indicatieveSchaal: z.number().int().positive().nullable(),
});

export const omschrevenSchema = z.object({ naam: text, omschrijving: text.nullable() });

export const resultaatgebiedSchema = z.object({
  nummer: z.number().int().positive(),
  titel: text.nullable(),
  taken: z.array(text),
});

export const functieSchema = z.object({
  naam: text.nullable(),
  code: text.nullable(),
  functiereeks: omschrevenSchema.nullable(),
  functiegroep: omschrevenSchema.nullable(),
  generiekeTaken: z.boolean(),
  overwegendeFunctiekenmerken: z.array(text),
  resultaatgebieden: z.array(resultaatgebiedSchema),
  modules: z.array(text),
  indicatieveSchaal: z.number().int().positive().nullable(),
  paginas: paginasSchema,
});

export const moduleTaakSchema = z.object({
  nummer: z.number().int().positive(),
  titel: text.nullable(),
  activiteiten: z.array(text),
});

export const moduleSchema = z.object({
  naam: text.nullable(),
  code: text.nullable(),
  taken: z.array(moduleTaakSchema),
  paginas: paginasSchema,
});

export const warningSchema = z.object({
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  message: text,
  page: pageNumber.nullable(),
});

export const hr21DocumentSchema = z.object({
  schemaVersion: z.literal(1),
  source: sourceSchema,
  overzicht: z.array(overzichtRijSchema),
  functies: z.array(functieSchema),
  modules: z.array(moduleSchema),
  warnings: z.array(warningSchema),
});

export type Paginas = z.infer<typeof paginasSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type OcrSource = z.infer<typeof ocrSourceSchema>;
export type OverzichtRij = z.infer<typeof overzichtRijSchema>;
export type Omschreven = z.infer<typeof omschrevenSchema>;
export type Resultaatgebied = z.infer<typeof resultaatgebiedSchema>;
export type Functie = z.infer<typeof functieSchema>;
export type ModuleTaak = z.infer<typeof moduleTaakSchema>;
export type Module = z.infer<typeof moduleSchema>;
export type Warning = z.infer<typeof warningSchema>;
export type Hr21Document = z.infer<typeof hr21DocumentSchema>;
