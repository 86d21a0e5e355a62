import { z } from 'zod';

/** Which document a side of a comparison is: the PDF it was parsed from. */
export const diffSideSchema = z.object({
  file: z.string(),
  sha256: z.string(),
});

/** The function or module a change is in, as a reader knows it. */
export const functieRefSchema = z.object({ code: z.string().nullable(), naam: z.string().nullable() });

/**
 * What changed, in the documents' own words. A field of an overview row keeps the field's name
 * (`indicatieveSchaal`, `functiegroep`, `naam`); the pointer (`/overzicht/…`) says it is the
 * overview's. `omschrijving` belongs to the functiereeks or functiegroep its pointer names.
 * `paginas` and `pagina` appear only when pages are compared (`hr21 check`).
 */
export const changeSubjects = [
  'functie',
  'naam',
  'code',
  'functiereeks',
  'functiegroep',
  'omschrijving',
  'generiekeTaken',
  'kenmerk',
  'resultaatgebied',
  'nummer',
  'taak',
  'indicatieveSchaal',
  'module',
  'activiteit',
  'overzicht',
  'warning',
  'paginas',
  'pagina',
] as const;
export const changeSubjectSchema = z.enum(changeSubjects);

const pointer = z.string().regex(/^(\/[^/]*)+$/);
const value = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const common = {
  subject: changeSubjectSchema,
  /** The function the change is in; null outside a function (overview rows of modules, modules, warnings). */
  functie: functieRefSchema.nullable(),
  /** The module the change is in, for changes inside a module. */
  module: functieRefSchema.optional(),
};

export const addedChangeSchema = z.object({
  kind: z.literal('added'),
  ...common,
  /** The added text (a taak, a kenmerk, a title); absent for a whole function or module. */
  text: z.string().optional(),
  newPointer: pointer,
});

export const removedChangeSchema = z.object({
  kind: z.literal('removed'),
  ...common,
  text: z.string().optional(),
  oldPointer: pointer,
});

export const changedChangeSchema = z.object({
  kind: z.literal('changed'),
  ...common,
  old: value,
  new: value,
  oldPointer: pointer,
  newPointer: pointer,
});

export const movedChangeSchema = z.object({
  kind: z.literal('moved'),
  ...common,
  /** The moved text; absent for a resultaatgebied or module taak without titel. */
  text: z.string().optional(),
  oldPointer: pointer,
  newPointer: pointer,
});

export const changeSchema = z.discriminatedUnion('kind', [addedChangeSchema, removedChangeSchema, changedChangeSchema, movedChangeSchema]);

/** The change list of `hr21 diff --json` (contract: "Differences between two documents"). */
export const documentDiffSchema = z.object({
  old: diffSideSchema,
  new: diffSideSchema,
  changes: z.array(changeSchema),
});

export type DiffSide = z.infer<typeof diffSideSchema>;
export type FunctieRef = z.infer<typeof functieRefSchema>;
export type ChangeSubject = z.infer<typeof changeSubjectSchema>;
export type ChangeValue = z.infer<typeof value>;
export type AddedChange = z.infer<typeof addedChangeSchema>;
export type RemovedChange = z.infer<typeof removedChangeSchema>;
export type ChangedChange = z.infer<typeof changedChangeSchema>;
export type MovedChange = z.infer<typeof movedChangeSchema>;
export type Change = z.infer<typeof changeSchema>;
export type DocumentDiff = z.infer<typeof documentDiffSchema>;
