import type { ErrorCode, ErrorParams } from '../errors/hr21-error.js';
import type { RoleKind } from '../parse/ledger.js';
import type { WarningCode, WarningParams } from '../warnings/warning-codes.js';

/** How one code reads for people: a short title, and a sentence made from the code's values. */
export interface CodeText<P> {
  title: string;
  text: (params: P) => string;
}

export interface FileCounts {
  file: string;
  functies: number;
  modules: number;
  pages: number;
  /** Of those pages, how many were read by OCR. */
  ocrPages: number;
  warnings: number;
}

/** The inspection page's words; the script in the page reads them from the page. */
export interface InspectTexts {
  title: string;
  summary: (p: { file: string; pages: number; functies: number; modules: number; overzicht: number }) => string;
  kinds: Record<RoleKind | 'onverantwoord', string>;
  hideFurniture: string;
  warnings: string;
  page: string;
  furniture: string;
  noField: string;
  drawnFromText: string;
}

/** Everything the tool says to people, in one language. The JSON never takes text from here. */
export interface Catalogue {
  warnings: { [C in WarningCode]: CodeText<WarningParams[C]> };
  errors: { [C in ErrorCode]: CodeText<ErrorParams[C]> };
  /** Said of a warning or error whose values are not at hand (a code added elsewhere, a document read back). */
  unknownDetails: (p: { title: string; message: string }) => string;
  cli: {
    file: (p: FileCounts) => string;
    failed: (p: { file: string; code: string; text: string }) => string;
    inspectWritten: (p: { file: string; megabytes: number; seconds: number }) => string;
    appWritten: (p: { file: string; megabytes: number }) => string;
  };
  inspect: InspectTexts;
  app: AppTexts;
}

export interface AppTexts {
  title: string;
  intro: string;
  privacy: string;
  languageSwitch: string;
  dropHere: string;
  pick: string;
  queued: string;
  reading: string;
  sendingToServer: string;
  done: (p: { functies: number; modules: number; pages: number; warnings: number; seconds: number }) => string;
  failed: string;
  needsServer: string;
  filesHeading: string;
  functiesHeading: string;
  search: string;
  searchPlaceholder: string;
  columns: { code: string; naam: string; functiegroep: string; schaal: string; file: string };
  noMatches: string;
  open: (naam: string) => string;
  close: string;
  warningsHeading: (count: number) => string;
  page: (page: number) => string;
  noPage: string;
  inspect: string;
  inspectHeading: (file: string) => string;
  downloads: string;
  downloadJson: string;
  downloadMarkdown: string;
  downloadCsvFuncties: string;
  downloadCsvTaken: string;
  downloadZip: string;
  summaryLine: (p: { files: number; ok: number; failed: number; functies: number }) => string;
  details: string;
}
