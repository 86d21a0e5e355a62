import { createRequire } from 'node:module';
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import { loadPdfJs } from '../extract/pdfjs.js';
import { type GreyImage, greyFromRgba } from './grey-image.js';

/** pdf.js draws through the same @napi-rs/canvas it loads itself: a second copy would not accept its paths. */
const require = createRequire(import.meta.url);

/** Resolution for pages that are drawn (text, vector art): what OCR engines are trained on. */
export const RENDER_DPI = 300;
/** Below this a scan's letters are a few pixels high: no engine reads them. */
export const MIN_SCAN_DPI = 100;
/** A scanner's resolution above this adds time, not accuracy. */
const MAX_DPI = 400;
/** Bounds the memory of one page image (4 bytes a pixel while drawn): an A0 poster is drawn coarser. */
const MAX_PIXELS = 40_000_000;

type Matrix = [number, number, number, number, number, number];

function multiply([a, b, c, d, e, f]: Matrix, [a2, b2, c2, d2, e2, f2]: Matrix): Matrix {
  return [a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2, e * a2 + f * c2 + e2, e * b2 + f * d2 + f2];
}

/**
 * The resolution an image-only page was scanned at: the pixels of its largest image over the
 * width it is drawn at, following the drawing's transforms. Null when the page draws no image.
 */
export async function scanDpi(page: PDFPageProxy): Promise<number | null> {
  const { OPS } = await loadPdfJs();
  const { fnArray, argsArray } = await page.getOperatorList();
  const stack: Matrix[] = [];
  let matrix: Matrix = [1, 0, 0, 1, 0, 0];
  let best: { area: number; dpi: number } | null = null;
  fnArray.forEach((operator, index) => {
    const args = argsArray[index] as unknown[];
    if (operator === OPS.save) stack.push(matrix);
    else if (operator === OPS.restore) matrix = stack.pop() ?? matrix;
    else if (operator === OPS.transform) matrix = multiply(args as Matrix, matrix);
    else if (operator === OPS.paintImageXObject || operator === OPS.paintInlineImageXObject) {
      const [, pixelsWide, pixelsHigh] = operator === OPS.paintImageXObject ? (args as [string, number, number]) : [null, (args[0] as { width: number }).width, (args[0] as { height: number }).height];
      const drawnWide = Math.hypot(matrix[0], matrix[1]);
      const drawnHigh = Math.hypot(matrix[2], matrix[3]);
      const area = drawnWide * drawnHigh;
      if (drawnWide > 0 && drawnHigh > 0 && (best === null || area > best.area)) {
        best = { area, dpi: (Math.max(pixelsWide / drawnWide, pixelsHigh / drawnHigh) * 72) };
      }
    }
  });
  return (best as { dpi: number } | null)?.dpi ?? null;
}

export interface RenderedPage {
  image: GreyImage;
  dpi: number;
  /** Page size in PDF units, as the page is displayed (its /Rotate applied). */
  width: number;
  height: number;
}

/** Draws a page with pdf.js on a white canvas at `dpi` (bounded in pixels) and returns it in grey. */
export async function renderPage(page: PDFPageProxy, dpi: number): Promise<RenderedPage> {
  const { createCanvas } = require('@napi-rs/canvas') as typeof import('@napi-rs/canvas');
  const unit = page.getViewport({ scale: 1 });
  const wanted = Math.min(MAX_DPI, dpi);
  const fit = Math.sqrt(MAX_PIXELS / (unit.width * unit.height)) * 72;
  const effective = Math.min(wanted, fit);
  const viewport = page.getViewport({ scale: effective / 72 });
  const width = Math.max(1, Math.ceil(viewport.width));
  const height = Math.max(1, Math.ceil(viewport.height));
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  // pdf.js is typed for the DOM's canvas; @napi-rs/canvas implements the part it draws with.
  type RenderParameters = Parameters<PDFPageProxy['render']>[0];
  await page.render({ canvas: canvas as unknown as RenderParameters['canvas'], canvasContext: context as unknown as RenderParameters['canvasContext'], viewport }).promise;
  const { data } = context.getImageData(0, 0, width, height);
  return { image: greyFromRgba(data, width, height), dpi: effective, width: unit.width, height: unit.height };
}
