import type { ErrorCode, ErrorParams } from '../errors/hr21-error.js';
import type { RoleKind } from '../parse/ledger.js';
import type { ChangeSubject } from '../schema/diff.js';
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
  diff: DiffTexts;
}

/** The words of a change report (`hr21 diff`, `hr21 check`) in text, Markdown and HTML. */
export interface DiffTexts {
  title: (oldFile: string, newFile: string) => string;
  summary: (counts: { changes: number; added: number; removed: number; changed: number }) => string;
  noChanges: string;
  /** Column heads of the summary table. */
  counts: { changes: string; added: string; removed: string; changed: string };
  sections: { overzicht: string; functies: string; modules: string; warnings: string };
  kinds: { added: string; removed: string; changed: string; moved: string };
  moved: (from: string, to: string) => string;
  row: string;
  module: string;
  functieWithout: string;
  none: string;
  yes: string;
  no: string;
  oldEdition: string;
  newEdition: string;
  /** Field and item names: HR21's own Dutch words, spelled for reading. */
  subjects: Record<ChangeSubject, string>;
  fields: Record<string, string>;
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
