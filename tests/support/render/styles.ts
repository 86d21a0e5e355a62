import type { Mix } from './mix.js';

/** How the test-PDF writer sets a document: each option mimics a real producer's habit. */
export interface PdfStyle {
  name: string;
  font: 'helvetica' | 'times' | 'dejavu' | 'liberation';
  /** Body size in points. */
  size: number;
  /** Size of the "Functiebeschrijving" / "Module HR21" titles. */
  titleSize: number;
  boldHeadings: boolean;
  /** A text glyph, or a vector shape with no text at all. */
  bullet: '\uF0B7' | '•' | '–' | 'o' | '-' | 'drawn';
  /** "Naam functie   : X", "Naam functie: X", or label and value in two columns without colon. */
  labels: 'tab-colon' | 'colon' | 'columns';
  /** Running header, "Pagina N van M" footer and the VNG copyright line on every page. */
  furniture: boolean;
  /** The running header's text, when not the default municipality's. */
  runningHeader?: string;
  /** The footer as "Pagina N van M" (default) or "N / M". */
  pageLabel?: 'pagina' | 'slash';
  /** Whole lines, one run per word, or browser-like glyph runs of 1–4 characters. */
  runs: 'line' | 'word' | 'glyphs';
  margin: number;
  /** Bullet and item text positions, relative to the margin. */
  bulletIndent: number;
  textIndent: number;
  /** Baseline distance as a multiple of the size. */
  leading: number;
  page: 'A4' | 'Letter';
}

const base: PdfStyle = {
  name: 'base',
  font: 'helvetica',
  size: 11,
  titleSize: 16,
  boldHeadings: true,
  bullet: '\uF0B7',
  labels: 'tab-colon',
  furniture: false,
  runs: 'line',
  margin: 71,
  bulletIndent: 18,
  textIndent: 36,
  leading: 1.4,
  page: 'A4',
};

/** The matrix the tests run: every option value appears at least once. */
export const styles: Record<string, PdfStyle> = {
  wordLike: { ...base, name: 'wordLike' },
  timesWords: { ...base, name: 'timesWords', font: 'times', size: 12, bullet: '•', labels: 'colon', runs: 'word', margin: 90, leading: 1.2 },
  dejavuGlyphs: { ...base, name: 'dejavuGlyphs', font: 'dejavu', size: 10, bullet: '–', runs: 'glyphs', furniture: true, page: 'Letter', leading: 1.5 },
  drawnColumns: { ...base, name: 'drawnColumns', bullet: 'drawn', labels: 'columns', furniture: true, size: 10, margin: 60, textIndent: 28 },
  plainO: { ...base, name: 'plainO', bullet: 'o', boldHeadings: false, titleSize: 11, runs: 'word', margin: 56, bulletIndent: 0, textIndent: 14, leading: 1.15 },
  dashFooter: { ...base, name: 'dashFooter', bullet: '-', font: 'times', size: 9, furniture: true, labels: 'colon', leading: 1.3, page: 'Letter' },
  browserPrint: { ...base, name: 'browserPrint', font: 'dejavu', size: 11, bullet: '•', labels: 'columns', runs: 'glyphs', margin: 48, bulletIndent: 10, textIndent: 24, leading: 1.35 },
  symbolFooter: { ...base, name: 'symbolFooter', size: 12, furniture: true, runs: 'word', margin: 80, leading: 1.25 },
};

/**
 * The seed set in Liberation Serif in a narrow column: lines break at other places, many right
 * after a hyphen or dash ("thema-|overstijgende", "ICT-|systemen"). Kept out of `styles`, which
 * the benchmark corpus is built from.
 */
export const narrowColumn: PdfStyle = { ...base, name: 'narrowColumn', font: 'liberation', size: 11, bullet: '–', runs: 'word', margin: 130, leading: 1.3, furniture: true };

/**
 * A functieboek printed from the HR21 web application's print view: function pages draw their
 * list bullets as shapes, module pages type their activiteiten with "–" or "-", text comes in
 * glyph runs, and the browser prints its own header and "N / M" footer.
 */
export const browserPrinted: { style: PdfStyle; mix: Mix } = {
  style: { ...styles.browserPrint!, name: 'browserPrinted', bullet: 'drawn', furniture: true, runningHeader: 'HR21 functieboek · printweergave', pageLabel: 'slash' },
  mix: { lists: { activiteiten: '–' } },
};
