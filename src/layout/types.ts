/** Text runs of one line that touch or are a word space apart: a word, a phrase or a table cell. */
export interface Fragment {
  text: string;
  x: number;
  right: number;
}

export type FurnitureKind = 'running' | 'page-number' | 'copyright' | 'watermark' | 'cover';

export interface Line {
  /** Position in document order; the key that provenance and accounting use. */
  id: number;
  page: number;
  /** Baseline, PDF user space. */
  y: number;
  /** Left edge, bullet included. */
  x: number;
  /** Left edge of the text after the bullet (equals x without a bullet). */
  textX: number;
  right: number;
  fontSize: number;
  /** In another font than the page's body text (bold headings, as far as the PDF says). */
  emphasized: boolean;
  /** The line's text without its bullet, whitespace-collapsed. */
  text: string;
  /** The glyph that marked the line as a list item, if any. */
  bullet: string | null;
  fragments: Fragment[];
  furniture: FurnitureKind | null;
  /** Read by OCR: the engine's confidence in the line's text, 0–100. */
  confidence?: number;
  /** Read by OCR: the words the engine was unsure of. */
  unsure?: string[];
}

export interface LayoutPage {
  number: number;
  width: number;
  height: number;
  lines: Line[];
  error?: string;
}

/** Measurements of the body text, so no threshold has to assume one producer's layout. */
export interface Metrics {
  bodyFontSize: number;
  /** Typical baseline distance between two lines of one paragraph. */
  lineGap: number;
  leftMargin: number;
  /** The right edge that wrapped body lines reach. */
  rightEdge: number;
  /**
   * Pages whose own text area ends before `rightEdge` (a narrower page or a wider margin, as in
   * appended exports): their right edge, the page width less their left margin mirrored.
   */
  pageRightEdges: Record<number, number>;
  /**
   * Pages whose own baseline distance differs from `lineGap` by more than a tenth (an appended
   * export set in another size or leading): their own.
   */
  pageLineGaps: Record<number, number>;
}

export interface LayoutDocument {
  pages: LayoutPage[];
  metrics: Metrics;
}
