import type { Subject } from '../warnings/warning-codes.js';
import type { Catalogue } from './catalogue.js';
import { hr21Terms } from './hr21-terms.js';

function subject({ kind, naam, page }: Subject): string {
  return naam === null ? `the ${kind} without a name on page ${page}` : `${kind} "${naam}" (page ${page})`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const plural = (count: number, one: string, more: string) => `${count} ${count === 1 ? one : more}`;

const MISSING = {
  naam: '"Naam functie"',
  code: 'code',
  functiereeks: 'functiereeks',
  functiegroep: 'functiegroep',
  kenmerken: 'overwegende functiekenmerken',
  resultaatgebieden: 'resultaatgebieden',
  modulenaam: '"Modulenaam"',
  moduleTaken: 'module taken',
} as const;

/** English, for people who do not read Dutch; domain words stay as the documents spell them. */
export const en: Catalogue = {
  warnings: {
    PDF_HERSTELD: {
      title: 'PDF repaired',
      text: () => 'The PDF’s cross-reference table is damaged; the file was read by scanning its objects. Check that everything came through.',
    },
    PAGINA_ONLEESBAAR: { title: 'Page unreadable', text: (p) => `Page ${p.page} could not be read (${p.reason}).` },
    CODE_NIVEAU_AFWIJKEND: {
      title: 'Code does not fit the level',
      text: (p) => `${capital(subject(p.subject))}: code ${p.code} ends in ${p.suffix}, level ${p.level} means ${p.expected}.`,
    },
    RESULTAATGEBIED_NUMMERING: {
      title: 'Resultaatgebied numbering',
      text: (p) => `${capital(subject(p.subject))}: the resultaatgebieden are numbered ${p.numbers.join(', ')} instead of 1 to ${p.numbers.length}.`,
    },
    SECTIE_ONTBREEKT: {
      title: 'Section missing',
      text: (p) => {
        const what = p.section === 'resultaatgebiedTitel' ? `title for resultaatgebied ${p.nummer}` : MISSING[p.section];
        return `${capital(subject(p.subject))} has no ${what}.`;
      },
    },
    SECTIE_LEEG: {
      title: 'Section empty',
      text: (p) => {
        const who = capital(subject(p.subject));
        switch (p.section) {
          case 'functiereeksOmschrijving':
            return `${who}: functiereeks ${p.naam} has no description.`;
          case 'functiegroepOmschrijving':
            return `${who}: functiegroep ${p.naam} has no description.`;
          case 'resultaatgebied':
            return `${who}: resultaatgebied ${p.nummer} has no taken.`;
          case 'moduleTaak':
            return `${who}: taak ${p.nummer} has no activiteiten.`;
        }
      },
    },
    OVERZICHT_FUNCTIEGROEP_AFWIJKEND: {
      title: 'Functiegroep differs from the overview',
      text: (p) => `The overview gives "${p.naam}" functiegroep "${p.overzicht}", the function on page ${p.page} says "${p.functie}".`,
    },
    OVERZICHT_ZONDER_FUNCTIE: {
      title: 'Overview row without a function',
      text: (p) => `Overview row "${p.naam}" (page ${p.page ?? '-'}) matches no function or module in the document.`,
    },
    OVERZICHT_NAAM_AFWIJKEND: { title: 'Name differs from the overview', text: (p) => `The overview calls ${subject(p.target)} "${p.naam}".` },
    OVERZICHT_PAGINA_AFWIJKEND: { title: 'Page differs from the overview', text: (p) => `The overview puts ${subject(p.target)} on page ${p.page}.` },
    FUNCTIE_NIET_IN_OVERZICHT: { title: 'Function not in the overview', text: (p) => `${capital(subject(p.target))} is missing from the overview.` },
    MODULE_NIET_IN_OVERZICHT: { title: 'Module not in the overview', text: (p) => `${capital(subject(p.target))} is missing from the overview.` },
    OVERZICHT_SCHAAL_ONLEESBAAR: {
      title: 'Schaal unreadable',
      text: (p) => `Overview row "${p.naam}" (page ${p.page}): indicatieve schaal "${p.schaal}" is not a number.`,
    },
    REGEL_NIET_HERKEND: { title: 'Line not recognised', text: (p) => `Page ${p.page}: this line fits no field and was not read: "${p.line}".` },
    KOP_ONBEKEND: { title: 'Unknown heading', text: (p) => `Page ${p.page}: unknown heading, not read: "${p.line}".` },
    SECTIE_ZONDER_NAAM: { title: 'Heading without a name', text: (p) => `Page ${p.page}: heading without a name, not read: "${p.line}".` },
    SECTIE_DUBBEL: { title: 'Section repeated', text: (p) => `Page ${p.page}: this section appears a second time in one function and was not read: "${p.line}".` },
    OCR_GEBRUIKT: {
      title: 'Read by OCR',
      text: (p) =>
        `${p.pages.length === 1 ? 'Page' : 'Pages'} ${p.pages.join(', ')} ${p.pages.length === 1 ? 'was' : 'were'} read by OCR: ${
          { 'no-text-layer': 'there is no text layer', undecodable: 'the text layer cannot be decoded', requested: 'OCR was asked for every page' }[p.reason]
        }. Check the text.`,
    },
    OCR_ONZEKER: {
      title: 'OCR unsure',
      text: (p) => `On page ${p.page} OCR was unsure of ${p.words.map((word) => `“${word}”`).join(', ')}.`,
    },
  },
  errors: {
    HR21_NOT_PDF: {
      title: 'Not a PDF',
      text: (p) =>
        `not a PDF: ${{ empty: 'the file is empty', zip: 'it is a ZIP archive (or an Office document)', markup: 'it looks like HTML or XML', other: 'it does not start with %PDF-' }[p.start]}`,
    },
    HR21_DAMAGED: { title: 'PDF damaged', text: (p) => `the PDF is damaged beyond repair (${p.detail})` },
    HR21_ENCRYPTED: {
      title: 'PDF encrypted',
      text: (p) => (p.passwordGiven ? 'the PDF is encrypted and the given password is wrong' : 'the PDF is encrypted with a user password: supply it (--password on the command line)'),
    },
    HR21_NO_TEXT: {
      title: 'No text',
      text: (p) => {
        if (p.ocr === 'off') {
          return p.scanned
            ? 'the pages are images without a text layer (a scan) and --ocr is off: parse with --ocr auto to read them by OCR'
            : 'the text layer cannot be decoded (its characters map to no readable text, as in some printed-to-PDF files) and --ocr is off: parse with --ocr auto to read it by OCR';
        }
        if (p.ocr === 'nothing-read') return 'the pages are images without a text layer (a scan) and OCR read no text from them';
        if (p.ocr === 'elsewhere') return 'this file can only be read by OCR, which runs in hr21 serve and on the command line, not in the browser';
        return p.scanned
          ? 'the pages are images without a text layer (a scan): parse it with --ocr auto to read them by OCR'
          : 'the PDF contains no text and no images: its pages are empty or their content could not be read';
      },
    },
    HR21_NOT_HR21: { title: 'Not an HR21 document', text: () => 'no HR21 structure found: no "Functiebeschrijving", "Module HR21" or overview table' },
    HR21_TIMEOUT: { title: 'Took too long', text: (p) => `parsing took longer than ${p.seconds} s (--timeout on the command line raises it)` },
    HR21_TOO_LARGE: {
      title: 'Too large',
      text: (p) => (p.unit === 'pages' ? `the PDF has ${p.size} pages, more than the limit of ${p.limit} (--max-pages raises it)` : `the file is ${p.size} bytes, more than the limit of ${p.limit} (--max-bytes raises it)`),
    },
    HR21_IO: { title: 'File error', text: (p) => ('pattern' in p ? `no PDF matches "${p.pattern}"` : 'unreadable' in p ? `cannot read the file: ${p.unreadable}` : `file system error (${p.detail})`) },
    HR21_INTERNAL: { title: 'Internal error', text: (p) => `internal error in hr21 (please report it): ${p.detail}` },
  },
  unknownDetails: ({ message }) => message,
  cli: {
    file: (p) =>
      `${p.file}: ${p.functies} functies, ${p.modules} modules, ${plural(p.pages, 'page', 'pages')}${p.ocrPages > 0 ? ` (${p.ocrPages} read by OCR)` : ''}${p.warnings > 0 ? `, ${plural(p.warnings, 'warning', 'warnings')}` : ''}`,
    failed: (p) => `${p.file}: ${p.code}: ${p.text}`,
    inspectWritten: (p) => `wrote ${p.file} (${p.megabytes.toFixed(1)} MB) in ${p.seconds.toFixed(2)} s`,
    appWritten: (p) => `wrote ${p.file} (${p.megabytes.toFixed(1)} MB): open it in a browser`,
  },
  inspect: {
    title: 'hr21 inspect',
    summary: (p) => `${p.file}: ${plural(p.pages, 'page', 'pages')}, ${p.functies} functies, ${p.modules} modules, ${p.overzicht} overview rows`,
    kinds: {
      veld: 'header field (name, code)',
      kop: 'heading / title',
      functiereeks: 'functiereeks',
      functiegroep: 'functiegroep',
      kenmerk: 'kenmerk',
      taak: 'taak',
      module: 'module (function)',
      activiteit: 'module activiteit',
      overzicht: 'overview cell',
      furniture: 'page furniture',
      warning: 'warning',
      onverantwoord: 'not accounted for',
    },
    hideFurniture: 'hide page furniture',
    warnings: 'Warnings',
    page: 'Page',
    furniture: '(page furniture)',
    noField: '(no field)',
    drawnFromText: 'Pages drawn from the text: pdf.js could not render',
  },
  app: {
    title: 'Read an HR21 function book',
    intro: 'Drop one or more HR21 PDFs here, or pick them. You see which functions they hold and can download the data as JSON, Markdown or CSV (for Excel).',
    privacy: 'The files stay on this computer: everything happens in the browser.',
    languageSwitch: 'Nederlands',
    dropHere: 'Drop PDFs here',
    pick: 'Pick PDFs…',
    queued: 'waiting…',
    reading: 'reading…',
    sendingToServer: 'sent to the server for text recognition (OCR)…',
    done: (p) => `${p.functies} functies, ${p.modules} modules, ${plural(p.pages, 'page', 'pages')}, ${plural(p.warnings, 'warning', 'warnings')} (${p.seconds.toFixed(1)} s)`,
    failed: 'failed',
    needsServer: 'This file needs text recognition (OCR). This stand-alone page does not have it: open the page from the hr21 server (hr21 serve) or use the command line.',
    filesHeading: 'Files',
    functiesHeading: 'Functions',
    search: 'Search functions',
    searchPlaceholder: 'code, name, functiegroep…',
    columns: { code: 'Code', naam: 'Name', functiegroep: 'Functiegroep', schaal: 'Schaal', file: 'File' },
    noMatches: 'No functions found.',
    open: (naam) => `Open ${naam}`,
    close: 'Close',
    warningsHeading: (count) => `Warnings (${count})`,
    page: (page) => `page ${page}`,
    noPage: 'whole document',
    inspect: 'Inspection: what did each line become?',
    inspectHeading: (file) => `Inspection of ${file}`,
    downloads: 'Download',
    downloadJson: 'JSON',
    downloadMarkdown: 'Markdown',
    downloadCsvFuncties: 'CSV functies',
    downloadCsvTaken: 'CSV taken',
    downloadZip: 'Everything as ZIP',
    summaryLine: (p) => `${plural(p.files, 'file', 'files')}: ${p.ok} read, ${p.failed} failed, ${p.functies} functions`,
    details: 'technical detail',
  },
  diff: {
    title: (oldFile, newFile) => `Changes from ${oldFile} to ${newFile}`,
    summary: ({ changes, added, removed, changed }) =>
      `${plural(changes, 'change', 'changes')}: ${plural(added, 'function', 'functions')} added, ${removed} removed, ${changed} changed`,
    noChanges: 'No differences.',
    counts: { changes: 'Changes', added: 'Functions added', removed: 'Functions removed', changed: 'Functions changed' },
    sections: { overzicht: 'Overview', functies: 'Functions', modules: 'Modules', warnings: 'Warnings' },
    kinds: { added: 'added', removed: 'removed', changed: 'changed', moved: 'moved' },
    moved: (from, to) => `moved from ${from} to ${to}`,
    row: 'row',
    module: 'Module',
    functieWithout: 'function without code or naam',
    none: '(none)',
    yes: 'yes',
    no: 'no',
    oldEdition: 'old',
    newEdition: 'new',
    subjects: { ...hr21Terms.subjects, functie: 'function', warning: 'warning', overzicht: 'overview row', paginas: 'pages', pagina: 'page' },
    fields: hr21Terms.fields,
  },
};
