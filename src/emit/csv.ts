import type { Hr21Document } from '../schema/document.js';

export interface CsvOptions {
  /** `;` by default: Dutch Excel splits on it. */
  delimiter?: string;
}

type Cell = string | number | null;

function quote(cell: Cell, delimiter: string): string {
  const text = cell === null ? '' : String(cell);
  return text.includes(delimiter) || /["\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180: CRLF line ends, quotes doubled; a BOM so Excel reads UTF-8. */
function toCsv(rows: readonly Cell[][], delimiter: string): string {
  return `\uFEFF${rows.map((row) => row.map((cell) => quote(cell, delimiter)).join(delimiter)).join('\r\n')}\r\n`;
}

/** One row per function. */
export function functiesCsv(document: Hr21Document, options: CsvOptions = {}): string {
  const rows: Cell[][] = [
    ['code', 'naam', 'functiereeks', 'functiegroep', 'indicatieve schaal', 'pagina van', 'pagina tot', 'kenmerken', 'generieke taken', 'resultaatgebieden', 'taken', 'modules'],
  ];
  for (const functie of document.functies) {
    rows.push([
      functie.code,
      functie.naam,
      functie.functiereeks?.naam ?? null,
      functie.functiegroep?.naam ?? null,
      functie.indicatieveSchaal,
      functie.paginas.van,
      functie.paginas.tot,
      functie.overwegendeFunctiekenmerken.length,
      functie.generiekeTaken ? 'ja' : 'nee',
      functie.resultaatgebieden.length,
      functie.resultaatgebieden.reduce((sum, gebied) => sum + gebied.taken.length, 0),
      functie.modules.join(', ') || null,
    ]);
  }
  return toCsv(rows, options.delimiter ?? ';');
}

/** One row per kenmerk, taak and module activiteit. */
export function takenCsv(document: Hr21Document, options: CsvOptions = {}): string {
  const rows: Cell[][] = [['code', 'naam', 'sectie', 'nummer', 'titel', 'tekst']];
  for (const functie of document.functies) {
    functie.overwegendeFunctiekenmerken.forEach((kenmerk, index) => rows.push([functie.code, functie.naam, 'kenmerk', index + 1, null, kenmerk]));
    for (const gebied of functie.resultaatgebieden) {
      for (const taak of gebied.taken) rows.push([functie.code, functie.naam, 'resultaatgebied', gebied.nummer, gebied.titel, taak]);
    }
  }
  for (const module of document.modules) {
    for (const taak of module.taken) {
      for (const activiteit of taak.activiteiten) rows.push([module.code, module.naam, 'module', taak.nummer, taak.titel, activiteit]);
    }
  }
  return toCsv(rows, options.delimiter ?? ';');
}
