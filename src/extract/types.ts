/** One run of text as pdf.js reports it, in PDF user space moved to the page's view box (origin bottom-left). */
export interface TextItem {
  text: string;
  /** Left edge of the run's baseline. */
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  fontSize: number;
  /** pdf.js's id for the font within this document: only comparable inside one document. */
  fontId: string;
  /** Text that does not run left to right (rotated watermarks, vertical labels). */
  rotated: boolean;
  /** 0–100 for a word read by OCR; absent for a text layer's runs. */
  confidence?: number;
}

/** A small painted shape, in the same coordinates as the text runs (origin bottom-left). */
export interface DrawnMark {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether pages are read by OCR: those that need it, every page, or none. */
export type OcrMode = 'auto' | 'on' | 'off';

/** Why a page was read by OCR. */
export type OcrReason = 'no-text-layer' | 'undecodable' | 'requested';

export interface ExtractedPage {
  /** Physical page number, 1-based. */
  number: number;
  width: number;
  height: number;
  items: TextItem[];
  /** Drawn bullet candidates: only looked for on pages whose text has no bullet glyph. */
  marks: DrawnMark[];
  /** A page without text that shows images: a scan. */
  scanned: boolean;
  /** Why the page could not be read, when it could not. */
  error?: string;
  /** Set when the page's text was read by OCR: why, and the engine's mean word confidence (0–100). */
  ocr?: { reason: OcrReason; confidence: number };
}

export interface ExtractedPdf {
  pageCount: number;
  title: string | null;
  producer: string | null;
  /** pdf.js had to rebuild a damaged cross-reference table to open the file. */
  repaired: boolean;
  pages: ExtractedPage[];
  /** The OCR engine and language, when some pages were read by OCR. */
  ocr?: { engine: string; language: string };
}
