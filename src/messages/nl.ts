import type { Subject } from '../warnings/warning-codes.js';
import type { Catalogue } from './catalogue.js';
import { hr21Terms } from './hr21-terms.js';

function subject({ kind, naam, page }: Subject): string {
  return naam === null ? `de ${kind} zonder naam op pagina ${page}` : `${kind} “${naam}” (pagina ${page})`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const plural = (count: number, one: string, more: string) => `${count} ${count === 1 ? one : more}`;

const MISSING = {
  naam: '“Naam functie”',
  code: 'code',
  functiereeks: 'functiereeks',
  functiegroep: 'functiegroep',
  kenmerken: 'overwegende functiekenmerken',
  resultaatgebieden: 'resultaatgebieden',
  modulenaam: '“Modulenaam”',
  moduleTaken: 'moduletaken',
} as const;

/** Dutch: the language of the documents and of the people who hold them. */
export const nl: Catalogue = {
  warnings: {
    PDF_HERSTELD: {
      title: 'PDF hersteld',
      text: () => 'De verwijzingstabel van de PDF is beschadigd; het bestand is gelezen door alle objecten te doorzoeken. Controleer of alles is overgekomen.',
    },
    PAGINA_ONLEESBAAR: { title: 'Pagina onleesbaar', text: (p) => `Pagina ${p.page} kon niet worden gelezen (${p.reason}).` },
    CODE_NIVEAU_AFWIJKEND: {
      title: 'Code past niet bij niveau',
      text: (p) => `${capital(subject(p.subject))}: code ${p.code} eindigt op ${p.suffix}, maar niveau ${p.level} hoort bij ${p.expected}.`,
    },
    RESULTAATGEBIED_NUMMERING: {
      title: 'Nummering resultaatgebieden',
      text: (p) => `${capital(subject(p.subject))}: de resultaatgebieden zijn genummerd ${p.numbers.join(', ')} in plaats van 1 tot en met ${p.numbers.length}.`,
    },
    SECTIE_ONTBREEKT: {
      title: 'Onderdeel ontbreekt',
      text: (p) => {
        const what = p.section === 'resultaatgebiedTitel' ? `titel bij resultaatgebied ${p.nummer}` : MISSING[p.section];
        return `${capital(subject(p.subject))} heeft geen ${what}.`;
      },
    },
    SECTIE_LEEG: {
      title: 'Onderdeel leeg',
      text: (p) => {
        const who = capital(subject(p.subject));
        switch (p.section) {
          case 'functiereeksOmschrijving':
            return `${who}: functiereeks ${p.naam} heeft geen omschrijving.`;
          case 'functiegroepOmschrijving':
            return `${who}: functiegroep ${p.naam} heeft geen omschrijving.`;
          case 'resultaatgebied':
            return `${who}: resultaatgebied ${p.nummer} heeft geen taken.`;
          case 'moduleTaak':
            return `${who}: taak ${p.nummer} heeft geen activiteiten.`;
        }
      },
    },
    OVERZICHT_FUNCTIEGROEP_AFWIJKEND: {
      title: 'Functiegroep wijkt af van het overzicht',
      text: (p) => `Het overzicht geeft “${p.naam}” functiegroep “${p.overzicht}”, de functie op pagina ${p.page} zegt “${p.functie}”.`,
    },
    OVERZICHT_ZONDER_FUNCTIE: {
      title: 'Overzichtsregel zonder functie',
      text: (p) => `Overzichtsregel “${p.naam}” (pagina ${p.page ?? '-'}) hoort bij geen enkele functie of module in het document.`,
    },
    OVERZICHT_NAAM_AFWIJKEND: {
      title: 'Naam wijkt af van het overzicht',
      text: (p) => `Het overzicht noemt ${subject(p.target)} “${p.naam}”.`,
    },
    OVERZICHT_PAGINA_AFWIJKEND: {
      title: 'Pagina wijkt af van het overzicht',
      text: (p) => `Het overzicht zet ${subject(p.target)} op pagina ${p.page}.`,
    },
    FUNCTIE_NIET_IN_OVERZICHT: { title: 'Functie niet in het overzicht', text: (p) => `${capital(subject(p.target))} ontbreekt in het overzicht.` },
    MODULE_NIET_IN_OVERZICHT: { title: 'Module niet in het overzicht', text: (p) => `${capital(subject(p.target))} ontbreekt in het overzicht.` },
    OVERZICHT_SCHAAL_ONLEESBAAR: {
      title: 'Schaal onleesbaar',
      text: (p) => `Overzichtsregel “${p.naam}” (pagina ${p.page}): indicatieve schaal “${p.schaal}” is geen getal.`,
    },
    REGEL_NIET_HERKEND: { title: 'Regel niet herkend', text: (p) => `Pagina ${p.page}: deze regel past in geen enkel veld en is niet ingelezen: “${p.line}”.` },
    KOP_ONBEKEND: { title: 'Onbekende kop', text: (p) => `Pagina ${p.page}: onbekende kop, niet ingelezen: “${p.line}”.` },
    SECTIE_ZONDER_NAAM: { title: 'Kop zonder naam', text: (p) => `Pagina ${p.page}: kop zonder naam, niet ingelezen: “${p.line}”.` },
    SECTIE_DUBBEL: { title: 'Onderdeel dubbel', text: (p) => `Pagina ${p.page}: dit onderdeel staat een tweede keer in dezelfde functie en is niet ingelezen: “${p.line}”.` },
    OCR_GEBRUIKT: {
      title: 'Gelezen met OCR',
      text: (p) =>
        `${p.pages.length === 1 ? 'Pagina' : 'Pagina’s'} ${p.pages.join(', ')} ${p.pages.length === 1 ? 'is' : 'zijn'} met OCR gelezen: ${
          { 'no-text-layer': 'er is geen tekstlaag', undecodable: 'de tekstlaag is niet te ontcijferen', requested: 'OCR was gevraagd voor elke pagina' }[p.reason]
        }. Controleer de tekst.`,
    },
    OCR_ONZEKER: {
      title: 'OCR onzeker',
      text: (p) => `Op pagina ${p.page} was OCR niet zeker van ${p.words.map((word) => `„${word}”`).join(', ')}.`,
    },
  },
  errors: {
    HR21_NOT_PDF: {
      title: 'Geen PDF',
      text: (p) =>
        `Dit is geen PDF: ${{ empty: 'het bestand is leeg', zip: 'het is een ZIP-archief (of een Office-document)', markup: 'het lijkt op HTML of XML', other: 'het begint niet met %PDF-' }[p.start]}.`,
    },
    HR21_DAMAGED: { title: 'PDF beschadigd', text: (p) => `De PDF is zo beschadigd dat hij niet te lezen is (${p.detail}).` },
    HR21_ENCRYPTED: {
      title: 'PDF beveiligd',
      text: (p) => (p.passwordGiven ? 'De PDF is beveiligd en het opgegeven wachtwoord klopt niet.' : 'De PDF is beveiligd met een wachtwoord: sla hem eerst zonder beveiliging op, of geef het wachtwoord op (--password op de opdrachtregel).'),
    },
    HR21_NO_TEXT: {
      title: 'Geen tekst',
      text: (p) => {
        if (p.ocr === 'off') {
          return p.scanned
            ? 'De pagina’s zijn afbeeldingen zonder tekstlaag (een scan) en OCR staat uit: lees ze met --ocr auto.'
            : 'De tekstlaag is niet te ontcijferen (de tekens staan voor geen leesbare tekst, zoals bij sommige “afgedrukt naar PDF”-bestanden) en OCR staat uit: lees het bestand met --ocr auto.';
        }
        if (p.ocr === 'nothing-read') return 'De pagina’s zijn afbeeldingen zonder tekstlaag (een scan) en OCR heeft er geen tekst in gevonden.';
        if (p.ocr === 'elsewhere') return 'Dit bestand is alleen met tekstherkenning (OCR) te lezen; die werkt in hr21 serve en op de opdrachtregel, niet in de browser.';
        return p.scanned
          ? 'De pagina’s zijn afbeeldingen zonder tekstlaag (een scan): lees het bestand met --ocr auto.'
          : 'De PDF bevat geen tekst en geen afbeeldingen: de pagina’s zijn leeg of niet te lezen.';
      },
    },
    HR21_NOT_HR21: { title: 'Geen HR21-document', text: () => 'Geen HR21-functieboek gevonden: geen “Functiebeschrijving”, “Module HR21” of overzichtstabel.' },
    HR21_TIMEOUT: { title: 'Duurde te lang', text: (p) => `Het lezen duurde langer dan ${p.seconds} s (op de opdrachtregel te verhogen met --timeout).` },
    HR21_TOO_LARGE: {
      title: 'Te groot',
      text: (p) => (p.unit === 'pages' ? `De PDF heeft ${p.size} pagina’s, meer dan de grens van ${p.limit} (te verhogen met --max-pages).` : `Het bestand is ${p.size} bytes, meer dan de grens van ${p.limit} (te verhogen met --max-bytes).`),
    },
    HR21_IO: {
      title: 'Bestandsfout',
      text: (p) =>
        'pattern' in p
          ? `Geen PDF gevonden bij “${p.pattern}”.`
          : 'unreadable' in p
            ? `Het bestand is niet te lezen: ${p.unreadable}.`
            : `Fout bij het lezen of schrijven van een bestand (${p.detail}).`,
    },
    HR21_INTERNAL: { title: 'Interne fout', text: (p) => `Interne fout in hr21 (meld dit graag): ${p.detail}` },
  },
  unknownDetails: ({ title, message }) => `${title} (${message})`,
  cli: {
    file: (p) =>
      `${p.file}: ${p.functies} functies, ${p.modules} modules, ${plural(p.pages, 'pagina', 'pagina’s')}${p.ocrPages > 0 ? ` (${p.ocrPages} met OCR gelezen)` : ''}${p.warnings > 0 ? `, ${plural(p.warnings, 'waarschuwing', 'waarschuwingen')}` : ''}`,
    failed: (p) => `${p.file}: ${p.code}: ${p.text}`,
    inspectWritten: (p) => `${p.file} geschreven (${p.megabytes.toFixed(1)} MB) in ${p.seconds.toFixed(2)} s`,
    appWritten: (p) => `${p.file} geschreven (${p.megabytes.toFixed(1)} MB): open het in een browser`,
  },
  inspect: {
    title: 'hr21 inspectie',
    summary: (p) => `${p.file}: ${plural(p.pages, 'pagina', 'pagina’s')}, ${p.functies} functies, ${p.modules} modules, ${p.overzicht} overzichtsregels`,
    kinds: {
      veld: 'kopveld (naam, code)',
      kop: 'kop / titel',
      functiereeks: 'functiereeks',
      functiegroep: 'functiegroep',
      kenmerk: 'kenmerk',
      taak: 'taak',
      module: 'module (functie)',
      activiteit: 'module-activiteit',
      overzicht: 'overzichtscel',
      furniture: 'paginameubilair',
      warning: 'waarschuwing',
      onverantwoord: 'niet verantwoord',
    },
    hideFurniture: 'paginameubilair verbergen',
    warnings: 'Waarschuwingen',
    page: 'Pagina',
    furniture: '(paginameubilair)',
    noField: '(geen veld)',
    drawnFromText: 'Pagina’s getekend uit de tekst: pdf.js kon niet renderen',
  },
  app: {
    title: 'HR21-functieboek lezen',
    intro: 'Sleep een of meer HR21-PDF’s hierheen, of kies ze. Je ziet welke functies erin staan en kunt de gegevens downloaden als JSON, Markdown of CSV (voor Excel).',
    privacy: 'De bestanden blijven op deze computer: alles gebeurt in de browser.',
    languageSwitch: 'English',
    dropHere: 'Sleep PDF’s hierheen',
    pick: 'PDF’s kiezen…',
    queued: 'wacht…',
    reading: 'wordt gelezen…',
    sendingToServer: 'naar de server voor tekstherkenning (OCR)…',
    done: (p) => `${p.functies} functies, ${p.modules} modules, ${plural(p.pages, 'pagina', 'pagina’s')}, ${plural(p.warnings, 'waarschuwing', 'waarschuwingen')} (${p.seconds.toFixed(1)} s)`,
    failed: 'niet gelukt',
    needsServer:
      'Dit bestand heeft tekstherkenning (OCR) nodig. Die zit niet in deze losse pagina: open de pagina via de hr21-server (hr21 serve) of gebruik de opdrachtregel.',
    filesHeading: 'Bestanden',
    functiesHeading: 'Functies',
    search: 'Zoeken in functies',
    searchPlaceholder: 'code, naam, functiegroep…',
    columns: { code: 'Code', naam: 'Naam', functiegroep: 'Functiegroep', schaal: 'Schaal', file: 'Bestand' },
    noMatches: 'Geen functies gevonden.',
    open: (naam) => `Open ${naam}`,
    close: 'Sluiten',
    warningsHeading: (count) => `Waarschuwingen (${count})`,
    page: (page) => `pagina ${page}`,
    noPage: 'hele document',
    inspect: 'Inspectie: wat is elke regel geworden?',
    inspectHeading: (file) => `Inspectie van ${file}`,
    downloads: 'Downloaden',
    downloadJson: 'JSON',
    downloadMarkdown: 'Markdown',
    downloadCsvFuncties: 'CSV functies',
    downloadCsvTaken: 'CSV taken',
    downloadZip: 'Alles als ZIP',
    summaryLine: (p) => `${plural(p.files, 'bestand', 'bestanden')}: ${p.ok} gelezen, ${p.failed} niet gelukt, ${p.functies} functies`,
    details: 'technisch detail',
  },
  diff: {
    title: (oldFile, newFile) => `Wijzigingen van ${oldFile} naar ${newFile}`,
    summary: ({ changes, added, removed, changed }) =>
      `${plural(changes, 'wijziging', 'wijzigingen')}: ${plural(added, 'functie', 'functies')} toegevoegd, ${removed} verwijderd, ${changed} gewijzigd`,
    noChanges: 'Geen verschillen.',
    counts: { changes: 'Wijzigingen', added: 'Functies toegevoegd', removed: 'Functies verwijderd', changed: 'Functies gewijzigd' },
    sections: { overzicht: 'Overzicht', functies: 'Functies', modules: 'Modules', warnings: 'Waarschuwingen' },
    kinds: { added: 'toegevoegd', removed: 'verwijderd', changed: 'gewijzigd', moved: 'verplaatst' },
    moved: (from, to) => `verplaatst van ${from} naar ${to}`,
    row: 'rij',
    module: 'Module',
    functieWithout: 'functie zonder code of naam',
    none: '(geen)',
    yes: 'ja',
    no: 'nee',
    oldEdition: 'oud',
    newEdition: 'nieuw',
    subjects: { ...hr21Terms.subjects, overzicht: 'rij van het overzicht' },
    fields: hr21Terms.fields,
  },
};
