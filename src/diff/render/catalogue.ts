import type { ChangeSubject } from '../../schema/diff.js';

import type { Language } from '../../messages/language.js';

export interface ReportWords {
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

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** HR21's own words are the same in both languages. */
const dutchTerms = {
  subjects: {
    functie: 'functie',
    naam: 'naam',
    code: 'code',
    functiereeks: 'functiereeks',
    functiegroep: 'functiegroep',
    omschrijving: 'omschrijving',
    generiekeTaken: 'generieke taken',
    kenmerk: 'kenmerk',
    resultaatgebied: 'resultaatgebied',
    nummer: 'nummer',
    taak: 'taak',
    indicatieveSchaal: 'indicatieve schaal',
    module: 'module',
    activiteit: 'activiteit',
    overzicht: 'overzicht',
    warning: 'waarschuwing',
    paginas: "pagina's",
    pagina: 'pagina',
  },
  fields: {
    naam: 'naam',
    code: 'code',
    titel: 'titel',
    nummer: 'nummer',
    functiereeks: 'functiereeks',
    functiegroep: 'functiegroep',
    omschrijving: 'omschrijving',
    generiekeTaken: 'generieke taken',
    indicatieveSchaal: 'indicatieve schaal',
    resultaatgebieden: 'resultaatgebied',
    taken: 'taak',
    overwegendeFunctiekenmerken: 'kenmerk',
    modules: 'module',
    activiteiten: 'activiteit',
    paginas: "pagina's",
    pagina: 'pagina',
    van: 'van',
    tot: 'tot',
  },
} satisfies Pick<ReportWords, 'subjects' | 'fields'>;

/** Every word a change report shows, in each language: one catalogue for text, Markdown and HTML. */
export const catalogue: Record<Language, ReportWords> = {
  en: {
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
    subjects: { ...dutchTerms.subjects, functie: 'function', warning: 'warning', overzicht: 'overview row', paginas: 'pages', pagina: 'page' },
    fields: dutchTerms.fields,
  },
  nl: {
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
    subjects: { ...dutchTerms.subjects, overzicht: 'rij van het overzicht' },
    fields: dutchTerms.fields,
  },
};
