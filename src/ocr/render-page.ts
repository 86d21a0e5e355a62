import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import { walkOperators } from '../extract/operator-walk.js';
import type { Matrix } from '../extract/page-space.js';
import { loadPdfJs } from '../extract/pdfjs.js';
import { type GreyImage, greyFromRgba } from './grey-image.js';

/** pdf.js draws through the same @napi-rs/canvas it loads itself: a second copy would not accept its paths. */
const require = createRequire(import.meta.url);

/**
 * The standard fonts pdf.js ships (Foxit and Liberation faces), read from node_modules: what a
 * page drawn for OCR shows in place of a Times or Helvetica the PDF names but does not embed,
 * as a printer would print it. Passed to `openPdf` by whoever draws pages.
 */
export function standardFontFolder(): string {
  return join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts') + sep;
}

/** Resolution for pages that are drawn (text, vector art): what OCR engines are trained on. */
export const RENDER_DPI = 300;
/** Below this a scan's letters are a few pixels high: no engine reads them. */
export const MIN_SCAN_DPI = 100;
/** A scanner's resolution above this adds time, not accuracy. */
const MAX_DPI = 400;
/** Bounds the memory of one page image (4 bytes a pixel while drawn): an A0 poster is drawn coarser. */
const MAX_PIXELS = 40_000_000;

/** An image the page draws, with the transform it is drawn with (image space: the unit square). */
interface DrawnImage {
  /** pdf.js's object id of an image XObject, or the decoded data of an inline image. */
  source: string | PdfImage;
  matrix: Matrix;
  pixelsWide: number;
  pixelsHigh: number;
}

/** A decoded image as pdf.js hands it to the canvas: packed 1-bit (1 is white), RGB or RGBA rows. */
interface PdfImage {
  width: number;
  height: number;
  kind: number;
  data: Uint8Array | Uint8ClampedArray;
}

/**
 * The images a page draws, and whether it draws nothing else: a scanner's page is one image
 * and, at most, the state changes around it. Anything else (text, paths, masks) counts as more.
 */
async function drawnImages(page: PDFPageProxy): Promise<{ images: DrawnImage[]; onlyImages: boolean }> {
  const { OPS } = await loadPdfJs();
  const harmless = new Set<number>([OPS.save, OPS.restore, OPS.transform, OPS.dependency, OPS.setGState, OPS.beginMarkedContent, OPS.beginMarkedContentProps, OPS.endMarkedContent, OPS.paintFormXObjectBegin, OPS.paintFormXObjectEnd]);
  const images: DrawnImage[] = [];
  let onlyImages = true;
  await walkOperators(page, [1, 0, 0, 1, 0, 0], (operator, args, matrix) => {
    if (operator === OPS.paintImageXObject) {
      const [source, pixelsWide, pixelsHigh] = args as [string, number, number];
      images.push({ source, matrix, pixelsWide, pixelsHigh });
    } else if (operator === OPS.paintInlineImageXObject) {
      const source = (args as unknown[])[0] as PdfImage;
      images.push({ source, matrix, pixelsWide: source.width, pixelsHigh: source.height });
    } else if (!harmless.has(operator)) onlyImages = false;
  });
  return { images, onlyImages };
}

function drawnSize(image: DrawnImage): { wide: number; high: number } {
  return { wide: Math.hypot(image.matrix[0], image.matrix[1]), high: Math.hypot(image.matrix[2], image.matrix[3]) };
}

/**
 * The resolution an image-only page was scanned at: the pixels of its largest image over the
 * width it is drawn at, following the drawing's transforms. Null when the page draws no image.
 */
export async function scanDpi(page: PDFPageProxy): Promise<number | null> {
  let best: { area: number; dpi: number } | null = null;
  for (const image of (await drawnImages(page)).images) {
    const { wide, high } = drawnSize(image);
    if (wide > 0 && high > 0 && (best === null || wide * high > best.area)) best = { area: wide * high, dpi: Math.max(image.pixelsWide / wide, image.pixelsHigh / high) * 72 };
  }
  return best?.dpi ?? null;
}

/** Points a scan's image may miss the page's edge by and still be the page. */
const EDGE_TOLERANCE = 1;

/** The decoded pixels of an image XObject, once pdf.js has them. */
function imageData(page: PDFPageProxy, source: string | PdfImage): Promise<PdfImage> {
  if (typeof source !== 'string') return Promise.resolve(source);
  // pdf.js keeps images used on several pages with the document ("g_" ids), others with the page.
  const objects = (source.startsWith('g_') ? page.commonObjs : page.objs) as unknown as { get(id: string, callback: (data: PdfImage) => void): void };
  return new Promise((resolve) => objects.get(source, resolve));
}

/** pdf.js's packed rows to grey, on white where the image is transparent. */
function greyFromPdfImage(image: PdfImage, kinds: { GRAYSCALE_1BPP: number; RGB_24BPP: number; RGBA_32BPP: number }): GreyImage | null {
  const { width, height, data } = image;
  const pixels = new Uint8Array(width * height);
  if (image.kind === kinds.GRAYSCALE_1BPP) {
    const rowBytes = (width + 7) >> 3;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) pixels[y * width + x] = ((data[y * rowBytes + (x >> 3)] as number) >> (7 - (x & 7))) & 1 ? 255 : 0;
    }
    return { width, height, pixels };
  }
  if (image.kind === kinds.RGB_24BPP) {
    for (let i = 0, j = 0; i < pixels.length; i++, j += 3) pixels[i] = ((data[j] as number) * 77 + (data[j + 1] as number) * 150 + (data[j + 2] as number) * 29) >> 8;
    return { width, height, pixels };
  }
  if (image.kind === kinds.RGBA_32BPP) {
    const grey = greyFromRgba(data, width, height);
    for (let i = 0; i < pixels.length; i++) {
      const alpha = data[i * 4 + 3] as number;
      pixels[i] = ((grey.pixels[i] as number) * alpha + 255 * (255 - alpha)) / 255;
    }
    return { width, height, pixels };
  }
  return null;
}

/**
 * A scanned page as its own image, not drawn: the page shows one image, upright, filling the
 * page, at a resolution OCR takes as it is. Drawing it instead would hold the page three more
 * times in memory (canvas, the image's own canvas, the pixels read back) for the same pixels.
 * Null for any other page, which is drawn.
 */
export async function scanImage(page: PDFPageProxy): Promise<RenderedPage | null> {
  const { ImageKind } = await loadPdfJs();
  const { images, onlyImages } = await drawnImages(page);
  const [image] = images;
  if (!onlyImages || images.length !== 1 || image === undefined || page.rotate % 360 !== 0) return null;
  const [a, b, c, d, e, f] = image.matrix;
  const [left, bottom, right, top] = page.view as [number, number, number, number];
  const fills = b === 0 && c === 0 && a > 0 && d > 0 && [e - left, f - bottom, e + a - right, f + d - top].every((gap) => Math.abs(gap) <= EDGE_TOLERANCE);
  const dpi = (image.pixelsWide / a) * 72;
  if (!fills || dpi > MAX_DPI || image.pixelsWide * image.pixelsHigh > MAX_PIXELS || Math.abs((image.pixelsHigh / d) * 72 - dpi) > 1) return null;
  const grey = greyFromPdfImage(await imageData(page, image.source), ImageKind);
  return grey === null ? null : { image: grey, dpi, width: right - left, height: top - bottom };
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
  const image = greyFromRgba(context.getImageData(0, 0, width, height).data, width, height);
  // The canvas's pixels live in native memory the garbage collector does not see: let go now.
  canvas.width = 0;
  canvas.height = 0;
  return { image, dpi: effective, width: unit.width, height: unit.height };
}
