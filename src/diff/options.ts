/** How two documents are compared. */
export interface DiffOptions {
  /**
   * Compare page numbers too (function and module pages, overview pages, warning pages). Off
   * by default: between editions, pages shift when pages are added. A regression check of
   * one PDF turns it on, since there a page number that moved is the parser's doing.
   */
  pages?: boolean;
}
