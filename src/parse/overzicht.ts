import type { Line } from '../layout/types.js';
import type { OverzichtRij } from '../schema/document.js';
import { isOverzichtHeaderText } from '../vocabulary/headings.js';
import type { Ledger } from './ledger.js';
import { joinLines } from './text.js';
import { type PlacedWord, placedWords } from './words.js';

const COLUMNS = ['pagina', 'naam', 'functiegroep', 'schaal'] as const;
type Column = (typeof COLUMNS)[number];

const HEADER_WORDS: Record<Column, RegExp> = {
  pagina: /^(?:pagina|blz\.?|pag\.?)$/i,
  naam: /^naam$/i,
  functiegroep: /^functiegroep$/i,
  schaal: /^(?:indicatieve|schaal)$/i,
};

/** The overview's header row: "Pagina | Naam functie | Functiegroep | Indicatieve schaal". */
export function isOverzichtHeader(line: Line): boolean {
  return isOverzichtHeaderText(line.text);
}

type ColumnStarts = Record<Column, number>;

function columnStarts(header: Line): ColumnStarts | null {
  const words = placedWords(header);
  const starts: Partial<ColumnStarts> = {};
  for (const column of COLUMNS) {
    const word = words.find((candidate) => HEADER_WORDS[column].test(candidate.text));
    if (!word) return null;
    starts[column] = word.x;
  }
  return starts as ColumnStarts;
}

function columnOf(word: PlacedWord, starts: ColumnStarts, tolerance: number): Column {
  let found: Column = 'pagina';
  for (const column of COLUMNS) if (word.x >= starts[column] - tolerance) found = column;
  return found;
}

/** Per column, the cell's text on each line it takes: line breaks matter for line-end hyphens. */
type Cells = Record<Column, string[]>;

function emptyCells(): Cells {
  return { pagina: [], naam: [], functiegroep: [], schaal: [] };
}

function cellsOf(line: Line, starts: ColumnStarts): Cells {
  const words = emptyCells();
  for (const word of placedWords(line)) words[columnOf(word, starts, line.fontSize * 0.5)].push(word.text);
  const cells = emptyCells();
  for (const column of COLUMNS) if (words[column].length > 0) cells[column].push(words[column].join(' '));
  return cells;
}

const EMPTY_CELL = /^[-–—]?$/;

function cellText(parts: string[]): string | null {
  const text = joinLines(parts);
  return EMPTY_CELL.test(text) ? null : text;
}

interface Row {
  cells: Cells;
  lines: Line[];
}

function toRij(row: Row, index: number, ledger: Ledger): OverzichtRij | null {
  const naam = cellText(row.cells.naam);
  const first = row.lines[0] as Line;
  if (naam === null) {
    ledger.rejectAll(row.lines, 'overview row without a name');
    return null;
  }
  const pagina = cellText(row.cells.pagina);
  const schaal = cellText(row.cells.schaal);
  const indicatieveSchaal = schaal !== null && /^\d+$/.test(schaal) ? Number(schaal) : null;
  if (schaal !== null && indicatieveSchaal === null) {
    ledger.warn({
      code: 'OVERZICHT_SCHAAL_ONLEESBAAR',
      message: `overview row "${naam}" (page ${first.page}): indicatieve schaal "${schaal}" is not a number`,
      page: first.page,
      params: { naam, page: first.page, schaal },
    });
  }
  ledger.claim(row.lines, 'overzicht', `/overzicht/${index}`);
  return {
    pagina: pagina !== null && /^\d+$/.test(pagina) ? Number(pagina) : null,
    naam,
    functiegroep: cellText(row.cells.functiegroep),
    indicatieveSchaal,
  };
}

/**
 * Reads the overview table from its header row on. Columns are placed by the header's words;
 * a line with a page number (or "-") in the first column starts a row, a line without one
 * continues the cells of the row above (wrapped names), and a repeated header on the next
 * page is skipped.
 */
export function parseOverzicht(lines: readonly Line[], ledger: Ledger, firstIndex: number): OverzichtRij[] {
  const [header] = lines;
  if (!header) return [];
  const starts = columnStarts(header);
  if (!starts) {
    ledger.rejectAll(lines, 'overview table whose columns could not be placed');
    return [];
  }
  const rows: Row[] = [];
  let headerPart = true;
  for (const line of lines) {
    if (isOverzichtHeader(line)) {
      ledger.claim(line, 'kop', '/overzicht');
      headerPart = true;
      continue;
    }
    const cells = cellsOf(line, starts);
    const opensRow = cells.pagina.length > 0 && /^(?:\d+|[-–—])$/.test(cells.pagina.join(' '));
    if (opensRow) {
      rows.push({ cells, lines: [line] });
      headerPart = false;
    } else if (headerPart && cells.pagina.length === 0) {
      // The header's own wrapped cells ("Indicatieve / schaal").
      ledger.claim(line, 'kop', '/overzicht');
    } else if (rows.length > 0 && cells.pagina.length === 0) {
      const row = rows.at(-1) as Row;
      for (const column of COLUMNS) row.cells[column].push(...cells[column]);
      row.lines.push(line);
    } else {
      ledger.reject(line, 'REGEL_NIET_HERKEND', 'text in the overview that is not a table row');
    }
  }
  const rijen: OverzichtRij[] = [];
  for (const row of rows) {
    const rij = toRij(row, firstIndex + rijen.length, ledger);
    if (rij) rijen.push(rij);
  }
  return rijen;
}
