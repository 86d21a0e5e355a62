import type { OcrReason } from '../extract/types.js';
import type { Warning } from '../schema/document.js';

/** Who a cross-check speaks of: a function or a module, by name (null: it has none) and first page. */
export interface Subject {
  kind: 'functie' | 'module';
  naam: string | null;
  page: number;
}

/** A part a function or module must have, named for the catalogue to translate. */
export type MissingSection =
  | { section: 'naam' | 'code' | 'functiereeks' | 'functiegroep' | 'kenmerken' | 'resultaatgebieden' | 'modulenaam' | 'moduleTaken' }
  | { section: 'resultaatgebiedTitel'; nummer: number };

/** A part that is there but has nothing in it. */
export type EmptySection =
  | { section: 'functiereeksOmschrijving' | 'functiegroepOmschrijving'; naam: string }
  | { section: 'resultaatgebied' | 'moduleTaak'; nummer: number };

/** A line the parser could not place: its page and its text, as printed. */
export interface RejectedLine {
  page: number;
  line: string;
}

/**
 * What each warning says, as values: the catalogue words them for people in Dutch or English.
 * The JSON keeps its own stable English message; these never reach it.
 */
export interface WarningParams {
  PDF_HERSTELD: Record<string, never>;
  PAGINA_ONLEESBAAR: { page: number; reason: string };
  CODE_NIVEAU_AFWIJKEND: { subject: Subject; code: string; suffix: string; level: string; expected: string };
  RESULTAATGEBIED_NUMMERING: { subject: Subject; numbers: number[] };
  SECTIE_ONTBREEKT: { subject: Subject } & MissingSection;
  SECTIE_LEEG: { subject: Subject } & EmptySection;
  OVERZICHT_FUNCTIEGROEP_AFWIJKEND: { naam: string; overzicht: string; page: number; functie: string };
  OVERZICHT_ZONDER_FUNCTIE: { naam: string; page: number | null };
  OVERZICHT_NAAM_AFWIJKEND: { target: Subject; naam: string };
  OVERZICHT_PAGINA_AFWIJKEND: { target: Subject; page: number };
  FUNCTIE_NIET_IN_OVERZICHT: { target: Subject };
  MODULE_NIET_IN_OVERZICHT: { target: Subject };
  OVERZICHT_SCHAAL_ONLEESBAAR: { naam: string; page: number; schaal: string };
  REGEL_NIET_HERKEND: RejectedLine;
  KOP_ONBEKEND: RejectedLine;
  SECTIE_ZONDER_NAAM: RejectedLine;
  SECTIE_DUBBEL: RejectedLine;
  OCR_GEBRUIKT: { pages: number[]; reason: OcrReason };
  OCR_ONZEKER: { page: number; pointer: string; words: string[] };
}

export type WarningCode = keyof WarningParams;

/** Listed as a record so the compiler proves the list complete. */
const listed: Record<WarningCode, true> = {
  PDF_HERSTELD: true,
  PAGINA_ONLEESBAAR: true,
  CODE_NIVEAU_AFWIJKEND: true,
  RESULTAATGEBIED_NUMMERING: true,
  SECTIE_ONTBREEKT: true,
  SECTIE_LEEG: true,
  OVERZICHT_FUNCTIEGROEP_AFWIJKEND: true,
  OVERZICHT_ZONDER_FUNCTIE: true,
  OVERZICHT_NAAM_AFWIJKEND: true,
  OVERZICHT_PAGINA_AFWIJKEND: true,
  FUNCTIE_NIET_IN_OVERZICHT: true,
  MODULE_NIET_IN_OVERZICHT: true,
  OVERZICHT_SCHAAL_ONLEESBAAR: true,
  REGEL_NIET_HERKEND: true,
  KOP_ONBEKEND: true,
  SECTIE_ZONDER_NAAM: true,
  SECTIE_DUBBEL: true,
  OCR_GEBRUIKT: true,
  OCR_ONZEKER: true,
};

export const warningCodes = Object.keys(listed) as WarningCode[];

/** A warning as the pipeline makes it: the JSON fields, and the values behind its message. */
export type CodedWarning = { [C in WarningCode]: Warning & { code: C; params: WarningParams[C] } }[WarningCode];

