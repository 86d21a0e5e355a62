import type { PdfStyle } from './styles.js';

export type Bullet = PdfStyle['bullet'];
export type Runs = PdfStyle['runs'];
export type ListKind = 'kenmerken' | 'taken' | 'activiteiten';

/** How one page sets what it shows, where it differs from the export's style. */
export interface PageVariant {
  bullet?: Bullet;
  runs?: Runs;
}

/**
 * What varies inside one export, as in a functieboek assembled from pieces. A bullet is taken
 * from the page, else the list's kind, else the function or module, else the style: a list
 * that runs over a page break into a page set otherwise changes its bullets there.
 */
export interface Mix {
  /** Successive pages, cycled: bullets and text runs change at a page break. */
  pages?: PageVariant[];
  /** Per kind of list: drawn kenmerken, "–" taken, U+F0B7 activiteiten. */
  lists?: Partial<Record<ListKind, Bullet>>;
  /** Per function, then module, in document order (cycled). */
  parts?: (Bullet | null)[];
  /** Per function, then module (cycled): starts right under the previous one, without a page break. */
  runOn?: boolean[];
  /** The overview's pages: as the style's, landscape, or portrait turned with /Rotate 90 (shown landscape). */
  overview?: 'portrait' | 'landscape' | 'rotated';
}

export function cycled<T>(list: readonly T[] | undefined, index: number): T | undefined {
  return list && list.length > 0 ? list[index % list.length] : undefined;
}
